package dev.activecalls.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Builds {@code activecalls-java/<version> <vendor> Java/<runtime version>}. */
final class UserAgent {
  /** The SDK version, filtered into a resource at build time. */
  static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  static String forVendor(String vendor) {
    return "activecalls-java/" + SDK_VERSION + ' ' + vendor + " Java/" + javaVersion();
  }

  /** Runtime.version()'s text, without parsing it: that costs a cold start 1 to 2 ms. */
  private static String javaVersion() {
    String version = System.getProperty("java.runtime.version");
    return version != null ? version : String.valueOf(Runtime.version());
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/activecalls/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
