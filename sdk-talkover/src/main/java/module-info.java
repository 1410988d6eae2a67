/** The Talkover client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.talkover {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi;

  exports dev.activecalls.talkover;
  // Moshi reads the wire records of the internal package by reflection.
  opens dev.activecalls.talkover.internal to com.squareup.moshi;
}
