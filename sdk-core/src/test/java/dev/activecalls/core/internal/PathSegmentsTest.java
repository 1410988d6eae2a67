package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathSegmentsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "call-abc123                | call-abc123",
      "+15551234567               | %2B15551234567",
      "a/b                        | a%2Fb",
      "what?                      | what%3F",
      "#1                         | %231",
      "50%                        | 50%25",
      "'room with space'          | room%20with%20space",
      "appel-été                  | appel-%C3%A9t%C3%A9",
      "通话                       | %E9%80%9A%E8%AF%9D",
      "call-_+14155551234_AbC123  | call-_%2B14155551234_AbC123",
      "a.b_c~d                    | a.b_c~d",
      "...                        | ...",
      "'a:b@c;d=e&f,g!h$i''j(k)l*m' | a%3Ab%40c%3Bd%3De%26f%2Cg%21h%24i%27j%28k%29l%2Am"})
  void encodesEverythingButUnreservedCharacters(String value, String encoded) {
    assertThat(PathSegments.encode("id", value)).isEqualTo(encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+15551234567", "a/b", "a/../b", "50%", "room with space", "?x=1#y", "appel-été"})
  void theEncodedValueStaysOneSegmentAndDecodesBack(String value) {
    HttpUrl url = HttpUrl.get("https://api.example.com/v1/").newBuilder()
        .addEncodedPathSegment(PathSegments.encode("id", value)).build();

    assertThat(url.pathSegments()).hasSize(2);
    assertThat(url.pathSegments().get(1)).isEqualTo(value);
    assertThat(URLDecoder.decode(url.encodedPathSegments().get(1).replace("+", "%2B"), StandardCharsets.UTF_8))
        .isEqualTo(value);
  }

  @Test
  void acceptsLongButNotAbsurdValues() {
    String longest = "é".repeat(PathSegments.MAX_BYTES / 2);
    assertThat(PathSegments.encode("id", "r".repeat(300))).hasSize(300);
    assertThat(PathSegments.encode("id", longest)).hasSize(PathSegments.MAX_BYTES * 3);
    assertThatThrownBy(() -> PathSegments.encode("roomName", longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roomName is too long: 1025 UTF-8 bytes, at most 1024");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n", ".", ".."})
  void rejectsValuesThatAreNotASegmentNamingTheParameter(String value) {
    assertThatThrownBy(() -> PathSegments.encode("roomName", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("roomName ");
  }
}
