/** The Vobiz client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.vobiz {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi; // its JsonReader streams the bodies; nothing is read by reflection

  exports dev.activecalls.vobiz;
}
