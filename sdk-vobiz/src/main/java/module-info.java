/** The Vobiz client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.vobiz {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi;

  exports dev.activecalls.vobiz;
  // Moshi reads the wire records of the internal package by reflection.
  opens dev.activecalls.vobiz.internal to com.squareup.moshi;
}
