/** Fake Trillet, Vobiz and Talkover servers on loopback, for tests of code that uses the SDK. */
module dev.activecalls.testkit {
  requires transitive mockwebserver3;
  requires transitive okhttp3;
  requires com.squareup.moshi;
  requires dev.activecalls.core; // its class-path check, run when a fake starts
  requires transitive org.jspecify;

  exports dev.activecalls.testkit;
}
