package dev.activecalls.core.internal;

/**
 * The versions this build of the SDK was made with, written in by the build from the POM (this
 * file is a template in {@code src/main/java-templates}). Constants rather than a resource file:
 * reading a resource from a jar opens a jar URL, a few milliseconds of every client's cold start.
 */
final class BuildVersions {
  /** The SDK's own version, for the User-Agent. */
  static final String SDK = "${project.version}";
  /** The OkHttp version the SDK was built and tested with; the class path needs it or newer. */
  static final String OKHTTP = "${okhttp.version}";
  /** The Kotlin standard library version the SDK was built and tested with; likewise. */
  static final String KOTLIN = "${kotlin.version}";

  private BuildVersions() {}
}
