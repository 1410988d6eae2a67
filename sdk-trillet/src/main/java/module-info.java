/** The Trillet client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.trillet {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi;

  exports dev.activecalls.trillet;
}
