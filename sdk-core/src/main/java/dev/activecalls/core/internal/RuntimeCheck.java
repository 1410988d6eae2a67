package dev.activecalls.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
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
  private static final @Nullable String PROBLEM = problem(Found.onThisClassPath(), Needed.tested(), new Supplier<>() {
    // A class, not a method reference: the first lambda of a JVM costs milliseconds of its start.
    @Override
    public Jars get() {
      return Jars.onThisClassPath();
    }
  });

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
   * What the class path holds: read with a few class lookups, as every first client is built.
   *
   * @param olderOkHttp whether classes of OkHttp 3 or 4 are there ({@code okhttp3.internal.Util},
   *     which OkHttp 5 no longer has), beside OkHttp 5 or alone
   * @param okhttpVersion the version OkHttp reports, or null if it reports none
   * @param okioCurrent whether Okio has what OkHttp 5 calls ({@code Okio.socket(Socket)}, which came
   *     with the {@code okio.Socket} type)
   * @param kotlinVersion the Kotlin standard library's version, or null if unknown
   */
  record Found(boolean olderOkHttp, @Nullable String okhttpVersion, boolean okioCurrent,
      @Nullable String kotlinVersion) {
    static Found onThisClassPath() {
      return new Found(hasClass("okhttp3.internal.Util"), readOkHttpVersion(), hasClass("okio.Socket"),
          readKotlinVersion());
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

    /**
     * Read as a field, not through reflection (whose first use was 1.5 ms of a cold build): in
     * OkHttp 5 the field is set when its class loads, so the compiler cannot inline it, and in
     * OkHttp 3, which has no such class, the read fails and the version is unknown.
     */
    private static @Nullable String readOkHttpVersion() {
      try {
        return okhttp3.OkHttp.VERSION;
      } catch (LinkageError e) {
        return null;
      }
    }

    private static @Nullable String readKotlinVersion() {
      try {
        return kotlin.KotlinVersion.CURRENT.toString();
      } catch (LinkageError e) {
        return null;
      }
    }
  }

  /**
   * Where OkHttp's and Okio's classes come from, looked up only to word a problem: asking the class
   * loader for every copy of a class searches each module of the JDK too (3 to 6 ms of a cold
   * build), where looking for one class that only an older OkHttp has does not.
   *
   * @param okhttp every jar (or directory) holding OkHttp's classes
   * @param okio the jar Okio's classes come from
   */
  record Jars(List<String> okhttp, String okio) {
    static Jars onThisClassPath() {
      ClassLoader loader = RuntimeCheck.class.getClassLoader();
      List<String> jars = new ArrayList<>();
      try {
        for (URL url : Collections.list(loader.getResources(OKHTTP_CLASS))) {
          jars.add(jarName(url.toString()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Jars(List.copyOf(jars), locationOf("okio.Okio"));
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
  }

  /**
   * Returns what is wrong with {@code found} for an SDK that needs {@code needed}, or null.
   *
   * @param found the class path's libraries
   * @param needed the versions the SDK needs
   * @param jars where the libraries come from, asked only when there is a problem to word
   * @return the problem and its fix, in the user's words, or null when there is none
   */
  static @Nullable String problem(Found found, Needed needed, Supplier<Jars> jars) {
    // Looked up once: an older OkHttp alone is worded below with the same list.
    @Nullable List<String> okhttpJars = found.olderOkHttp() ? jars.get().okhttp() : null;
    if (okhttpJars != null && okhttpJars.size() > 1) {
      return "OkHttp is on the class path more than once: " + String.join(", ", okhttpJars)
          + ". The SDK needs OkHttp " + needed.okhttp() + " or newer (com.squareup.okhttp3:okhttp-jvm);"
          + " another dependency brings an older com.squareup.okhttp3:okhttp. " + BOM_FIX
          + " Then remove any explicit <version> of com.squareup.okhttp3:okhttp, or exclude"
          + " com.squareup.okhttp3:okhttp from the dependency that brings the older one"
          + " (mvn dependency:tree -Dincludes=com.squareup.okhttp3 shows which).";
    }
    if (found.okhttpVersion() == null || compare(found.okhttpVersion(), needed.okhttp()) < 0) {
      return "OkHttp " + (found.okhttpVersion() == null ? "of an unknown version" : found.okhttpVersion())
          + " (" + String.join(", ", okhttpJars != null ? okhttpJars : jars.get().okhttp()) + ") is older than the "
          + needed.okhttp() + " the SDK needs. " + BOM_FIX
          + " Then remove any explicit <version> of com.squareup.okhttp3:okhttp.";
    }
    if (!found.okioCurrent()) {
      return "Okio (" + jars.get().okio() + ") is older than OkHttp " + found.okhttpVersion() + " needs: another"
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
