/**
 * The shared pipeline of the activecalls-java clients: transport, retries, errors, limits and
 * JSON. Its internal package is for the vendor modules only.
 */
// "module": the modules named in the qualified export are compiled after this one.
// "requires-transitive-automatic": OkHttp and Okio ship automatic module names, not descriptors.
@SuppressWarnings({"module", "requires-transitive-automatic"})
module dev.activecalls.core {
  requires transitive okhttp3;
  requires transitive okio;
  requires com.squareup.moshi;
  requires transitive org.jspecify; // the exported types carry its nullness annotations

  exports dev.activecalls.core;
  exports dev.activecalls.core.errors;
  exports dev.activecalls.core.live;
  exports dev.activecalls.core.internal to
      dev.activecalls.trillet,
      dev.activecalls.vobiz,
      dev.activecalls.talkover,
      dev.activecalls.testkit;
}
