package dev.activecalls.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks, once per JVM, that the OkHttp, Okio and Kotlin on the class path are the ones the SDK
 * needs, so that a dependency conflict fails when a client (or a testkit fake) is made, with the
 * jars and the fix named, instead of as a {@link NoSuchMethodError} in the middle of a call. Maven
 * lets OkHttp 4 ({@code okhttp}) and OkHttp 5 ({@code okhttp-jvm}) sit side by side, and lets
 * Moshi's older Okio win over OkHttp's, without a warning.
 */
public final class RuntimeCheck {
  private static final String OKHTTP_CLASS = "okhttp3/OkHttpClient.class";
  private static final String BOM_FIX = "Import dev.activecalls:sdk-bom (type pom, scope import) in"
      + " <dependencyManagement>; it pins OkHttp, Okio, Kotlin and Moshi to the versions the SDK is"
      + " tested with.";
  /** What was found: computed once, since the class path does not change. */
  private static final @Nullable String PROBLEM = problem(Found.onThisClassPath(), Needed.tested());

  private RuntimeCheck() {}

  /**
   * Fails if this class path cannot run the SDK.
   *
   * @param who what is being made, for the message, like {@code TrilletClient}
   * @throws IllegalStateException naming the conflicting jars or versions and the fix
   */
  public static void verify(String who) {
    if (PROBLEM != null) {
      throw new IllegalStateException(who + " cannot start: " + PROBLEM);
    }
  }

  /** The versions this build of the SDK needs: those it was built and tested with, or newer. */
  record Needed(String okhttp, String kotlin) {
    static Needed tested() {
      return new Needed(BuildVersions.OKHTTP, BuildVersions.KOTLIN);
    }
  }

  /**
   * What the class path holds.
   *
   * @param okhttpJars every jar (or directory) holding OkHttp's classes
   * @param okhttpVersion the version OkHttp reports, or null if it reports none
   * @param okioJar where Okio's classes come from
   * @param okioCurrent whether Okio has what OkHttp 5 calls ({@code Okio.socket(Socket)}, which came
   *     with the {@code okio.Socket} type)
   * @param kotlinVersion the Kotlin standard library's version, or null if unknown
   */
  record Found(List<String> okhttpJars, @Nullable String okhttpVersion, String okioJar, boolean okioCurrent,
      @Nullable String kotlinVersion) {
    static Found onThisClassPath() {
      ClassLoader loader = RuntimeCheck.class.getClassLoader();
      List<String> jars = new ArrayList<>();
      try {
        for (URL url : Collections.list(loader.getResources(OKHTTP_CLASS))) {
          jars.add(jarName(url.toString()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Found(List.copyOf(jars), staticString("okhttp3.OkHttp", "VERSION"), locationOf("okio.Okio"),
          hasClass("okio.Socket"), readKotlinVersion());
    }

    private static @Nullable String staticString(String className, String field) {
      try {
        // Read at run time: a Java constant of OkHttp's would be inlined into this class at build time.
        Object value = Class.forName(className).getField(field).get(null);
        return value instanceof String text ? text : null;
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }

    /**
     * Whether {@code className} is there, loaded but not initialized: asking Okio's facade for one
     * method instead resolves every type its hundred methods name, 4 to 8 ms of a cold start.
     */
    private static boolean hasClass(String className) {
      try {
        Class.forName(className, false, RuntimeCheck.class.getClassLoader());
        return true;
      } catch (ReflectiveOperationException | LinkageError e) {
        return false;
      }
    }

    private static String locationOf(String className) {
      try {
        CodeSource source =
            Class.forName(className, false, RuntimeCheck.class.getClassLoader()).getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "unknown" : jarName(source.getLocation().toString());
      } catch (ReflectiveOperationException | LinkageError e) {
        return "missing";
      }
    }

    private static @Nullable String readKotlinVersion() {
      try {
        return String.valueOf(Class.forName("kotlin.KotlinVersion").getField("CURRENT").get(null));
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }
  }

  /**
   * Returns what is wrong with {@code found} for an SDK that needs {@code needed}, or null.
   *
   * @param found the class path's libraries
   * @param needed the versions the SDK needs
   * @return the problem and its fix, in the user's words, or null when there is none
   */
  static @Nullable String problem(Found found, Needed needed) {
    if (found.okhttpJars().size() > 1) {
      return "OkHttp is on the class path more than once: " + String.join(", ", found.okhttpJars())
          + ". The SDK needs OkHttp " + needed.okhttp() + " or newer (com.squareup.okhttp3:okhttp-jvm);"
          + " another dependency brings an older com.squareup.okhttp3:okhttp. " + BOM_FIX
          + " Then remove any explicit <version> of com.squareup.okhttp3:okhttp, or exclude"
          + " com.squareup.okhttp3:okhttp from the dependency that brings the older one"
          + " (mvn dependency:tree -Dincludes=com.squareup.okhttp3 shows which).";
    }
    if (found.okhttpVersion() == null || compare(found.okhttpVersion(), needed.okhttp()) < 0) {
      return "OkHttp " + (found.okhttpVersion() == null ? "of an unknown version" : found.okhttpVersion())
          + " (" + String.join(", ", found.okhttpJars()) + ") is older than the " + needed.okhttp()
          + " the SDK needs. " + BOM_FIX + " Then remove any explicit <version> of com.squareup.okhttp3:okhttp.";
    }
    if (!found.okioCurrent()) {
      return "Okio (" + found.okioJar() + ") is older than OkHttp " + found.okhttpVersion() + " needs: another"
          + " dependency (Moshi, often) brings an older com.squareup.okio:okio-jvm. " + BOM_FIX
          + " Or declare com.squareup.okio:okio-jvm in the version OkHttp asks for"
          + " (mvn dependency:tree -Dincludes=com.squareup.okio shows who brings which).";
    }
    if (found.kotlinVersion() != null && compare(found.kotlinVersion(), needed.kotlin()) < 0) {
      return "the Kotlin standard library " + found.kotlinVersion() + " is older than the " + needed.kotlin()
          + " OkHttp needs: another dependency brings an older org.jetbrains.kotlin:kotlin-stdlib. " + BOM_FIX;
    }
    return null;
  }

  /**
   * Compares dotted versions by their numbers ({@code 5.10.0 > 5.9.1}); a suffix like -RC1 is
   * ignored. Read by hand rather than split with a regex: this runs as every first client is
   * built, and compiling the patterns was about 0.5 ms of it.
   */
  static int compare(String a, String b) {
    int[] left = numbers(a);
    int[] right = numbers(b);
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int difference = Integer.compare(i < left.length ? left[i] : 0, i < right.length ? right[i] : 0);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  /**
   * The number each part of a version starts with, parts split at '.' and '-': {@code 5.0.0-RC1}
   * is 5, 0, 0, 0 (a part with no leading digits, or more than nine, counts as 0).
   */
  private static int[] numbers(String version) {
    int parts = 1;
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c == '.' || c == '-') {
        parts++;
      }
    }
    int[] numbers = new int[parts];
    int part = 0;
    int digits = 0;
    boolean leading = true;
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c == '.' || c == '-') {
        part++;
        digits = 0;
        leading = true;
      } else if (leading && c >= '0' && c <= '9' && digits < 9) {
        numbers[part] = numbers[part] * 10 + (c - '0');
        digits++;
      } else if (leading && c >= '0' && c <= '9') {
        numbers[part] = 0; // more than nine digits: not a version number this check can compare
        leading = false;
      } else {
        leading = false;
      }
    }
    return numbers;
  }

  /** The jar's file name from a resource or code-source URL, or the URL itself for a directory. */
  static String jarName(String url) {
    int bang = url.indexOf("!/");
    String location = bang >= 0 ? url.substring(0, bang) : url;
    if (location.endsWith("/")) {
      return location;
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
