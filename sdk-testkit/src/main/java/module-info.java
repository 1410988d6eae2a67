/** Fake Trillet, Vobiz and Talkover servers on loopback, for tests of code that uses the SDK. */
module dev.activecalls.testkit {
  requires transitive mockwebserver3;
  requires transitive okhttp3;
  requires com.squareup.moshi;
  requires transitive org.jspecify;

  exports dev.activecalls.testkit;
}
