/** The Trillet client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.trillet {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi;

  exports dev.activecalls.trillet;
  // Moshi reads the wire records of the internal package by reflection.
  opens dev.activecalls.trillet.internal to com.squareup.moshi;
}
