package dev.activecalls.core.internal;

/** Builds {@code activecalls-java/<version> <vendor> Java/<runtime version>}. */
final class UserAgent {
  private UserAgent() {}

  static String forVendor(String vendor) {
    return "activecalls-java/" + BuildVersions.SDK + ' ' + vendor + " Java/" + javaVersion();
  }

  /** Runtime.version()'s text, without parsing it: that costs a cold start 1 to 2 ms. */
  private static String javaVersion() {
    String version = System.getProperty("java.runtime.version");
    return version != null ? version : String.valueOf(Runtime.version());
  }
}
