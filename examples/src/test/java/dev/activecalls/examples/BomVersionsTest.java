package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BOM has no parent (importing it must not bring our build settings), so it states the
 * third-party versions again: they must be the ones this build compiles and tests with.
 */
class BomVersionsTest {

  @ParameterizedTest
  @CsvSource({
      "okhttp.version, activecalls.okhttp.version",
      "okio.version, activecalls.okio.version",
      "kotlin.version, activecalls.kotlin.version",
      "moshi.version, activecalls.moshi.version"})
  void theBomPinsTheVersionsThisBuildTestsWith(String parentProperty, String bomProperty) throws Exception {
    String parent = Files.readString(Path.of("../pom.xml"));
    String bom = Files.readString(Path.of("../sdk-bom/pom.xml"));

    assertThat(property(bom, bomProperty)).isNotBlank().isEqualTo(property(parent, parentProperty));
  }

  private static String property(String pom, String name) {
    Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(matcher.find()).as(name).isTrue();
    return matcher.group(1).strip();
  }
}
