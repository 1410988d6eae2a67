package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.activecalls.core.internal.RuntimeCheck.Found;
import dev.activecalls.core.internal.RuntimeCheck.Jars;
import dev.activecalls.core.internal.RuntimeCheck.Needed;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuntimeCheckTest {
  private static final Needed NEEDED = new Needed("5.5.1", "2.1.21");
  private static final Found GOOD = new Found(false, "5.5.1", true, "2.1.21");

  /** Jars for a class path with no problem: asking for them there would be the cost the check avoids. */
  private static final Supplier<Jars> NOT_ASKED = () -> {
    throw new AssertionError("the jars were looked up although nothing is wrong");
  };

  @Test
  void thisBuildsOwnClassPathPasses() {
    assertThatCode(() -> RuntimeCheck.verify("TestClient")).doesNotThrowAnyException();
    Found found = Found.onThisClassPath();
    assertThat(found.olderOkHttp()).isFalse();
    assertThat(found.okhttpVersion()).isEqualTo(Needed.tested().okhttp());
    assertThat(found.okioCurrent()).isTrue();
    assertThat(found.kotlinVersion()).matches("2\\.\\d+\\.\\d+");
    assertThat(RuntimeCheck.problem(found, Needed.tested(), NOT_ASKED)).isNull();
    assertThat(Needed.tested().okhttp()).matches("5\\.\\d+\\.\\d+");
    assertThat(Needed.tested().kotlin()).matches("2\\.\\d+\\.\\d+");
    Jars jars = Jars.onThisClassPath();
    assertThat(jars.okhttp()).singleElement().asString().contains("okhttp");
    assertThat(jars.okio()).contains("okio");
  }

  @Test
  void theVersionsTheSdkWasTestedWithOrNewerPass() {
    assertThat(RuntimeCheck.problem(GOOD, NEEDED, NOT_ASKED)).isNull();
    assertThat(RuntimeCheck.problem(new Found(false, "5.10.0", true, "2.3.0"), NEEDED, NOT_ASKED)).isNull();
  }

  @Test
  void twoOkHttpJarsAreNamedWithTheFix() {
    String problem = RuntimeCheck.problem(new Found(true, "4.12.0", true, "2.1.21"), NEEDED,
        () -> new Jars(List.of("okhttp-4.12.0.jar", "okhttp-jvm-5.5.1.jar"), "okio-jvm-3.18.1.jar"));

    assertThat(problem).startsWith("OkHttp is on the class path more than once: okhttp-4.12.0.jar, okhttp-jvm-5.5.1.jar.")
        .contains("needs OkHttp 5.5.1 or newer", "Import dev.activecalls:sdk-bom",
            "remove any explicit <version> of com.squareup.okhttp3:okhttp", "mvn dependency:tree");
  }

  @Test
  void olderOkHttpClassesInOneJarWithACurrentOkHttpPass() {
    // A shaded jar that merged OkHttp 4 and 5: one copy of OkHttpClient, OkHttp 5's, wins.
    assertThat(RuntimeCheck.problem(new Found(true, "5.5.1", true, "2.1.21"), NEEDED,
        () -> new Jars(List.of("app-shaded.jar"), "app-shaded.jar"))).isNull();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      true  | okhttp-4.12.0.jar    |        | okio-jvm-3.18.1.jar | true  | 2.1.21 | OkHttp of an unknown version (okhttp-4.12.0.jar) is older than the 5.5.1
      true  | okhttp-4.12.0.jar    | 4.12.0 | okio-jvm-3.18.1.jar | true  | 2.1.21 | OkHttp 4.12.0 (okhttp-4.12.0.jar) is older than the 5.5.1 the SDK needs.
      false | okhttp-jvm-5.0.0.jar | 5.0.0  | okio-jvm-3.18.1.jar | true  | 2.1.21 | OkHttp 5.0.0 (okhttp-jvm-5.0.0.jar) is older than the 5.5.1 the SDK needs.
      false | okhttp-jvm-5.5.1.jar | 5.5.1  | okio-jvm-3.7.0.jar  | false | 2.1.21 | Okio (okio-jvm-3.7.0.jar) is older than OkHttp 5.5.1 needs
      false | okhttp-jvm-5.5.1.jar | 5.5.1  | okio-jvm-3.18.1.jar | true  | 1.8.21 | the Kotlin standard library 1.8.21 is older than the 2.1.21
      """)
  void anOldLibraryIsNamedWithTheFix(boolean olderOkHttp, String okhttpJar, @Nullable String okhttpVersion,
      String okioJar, boolean okioCurrent, String kotlinVersion, String expectedStart) {
    String problem = RuntimeCheck.problem(new Found(olderOkHttp, okhttpVersion, okioCurrent, kotlinVersion), NEEDED,
        () -> new Jars(List.of(okhttpJar), okioJar));

    assertThat(problem).startsWith(expectedStart).contains("Import dev.activecalls:sdk-bom");
  }

  @Test
  void anOkioProblemSaysWhoUsuallyBringsIt() {
    String problem = RuntimeCheck.problem(new Found(false, "5.5.1", false, "2.1.21"), NEEDED,
        () -> new Jars(List.of("okhttp-jvm-5.5.1.jar"), "okio-jvm-3.7.0.jar"));

    assertThat(problem).contains("Moshi", "com.squareup.okio:okio-jvm");
  }

  @ParameterizedTest
  @CsvSource({
      "5.5.1, 5.5.1, 0", "5.10.0, 5.9.1, 1", "4.12.0, 5.5.1, -1", "5.5, 5.5.0, 0",
      "5.6.0-RC1, 5.5.1, 1", "2.1.21, 2.1.21, 0", "1.8.21, 2.1.21, -1", "5.0.0-RC1, 5.0.0, 0",
      "5.5.1a, 5.5.1, 0", "5.5.2a, 5.5.1, 1", "5.5.1., 5.5.1, 0", "x.9, 0.9, 0", "12345678901.0, 1.0, -1",
      "123456789.0, 123456788.9, 1"})
  void versionsCompareByTheirNumbers(String a, String b, int sign) {
    assertThat(Integer.signum(RuntimeCheck.compare(a, b))).isEqualTo(sign);
  }

  @ParameterizedTest
  @CsvSource({
      "jar:file:/home/u/.m2/repository/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.jar!/okhttp3/OkHttpClient.class,"
          + " okhttp-4.12.0.jar",
      "file:/work/app/target/app-shaded.jar, app-shaded.jar",
      "file:/work/app/target/classes/, file:/work/app/target/classes/"})
  void jarsAreNamedByTheirFile(String url, String name) {
    assertThat(RuntimeCheck.jarName(url)).isEqualTo(name);
  }
}
