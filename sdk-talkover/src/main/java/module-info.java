/** The Talkover client of activecalls-java. Requiring it is enough: it brings the core with it. */
module dev.activecalls.talkover {
  requires transitive dev.activecalls.core;
  requires com.squareup.moshi;

  exports dev.activecalls.talkover;
}
