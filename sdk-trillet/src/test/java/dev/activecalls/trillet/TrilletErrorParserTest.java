package dev.activecalls.trillet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.trillet.internal.TrilletErrorParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the error parser takes from Trillet's (undocumented) error bodies; it never throws. */
class TrilletErrorParserTest {
  private final TrilletErrorParser parser = new TrilletErrorParser();

  @Test
  void topLevelMessageAndCode() {
    assertThat(parser.parse("{\"message\":\"Invalid API key\",\"code\":\"INVALID_KEY\"}"))
        .isEqualTo(new ErrorDetails("INVALID_KEY", "Invalid API key", null, null));
  }

  @Test
  void errorAsString() {
    assertThat(parser.parse("{\"error\":\"Workspace not found\"}"))
        .isEqualTo(new ErrorDetails(null, "Workspace not found", null, null));
  }

  @Test
  void messageWinsOverTheErrorTitle() {
    // NestJS: "error" is the status text, "message" the explanation.
    assertThat(parser.parse("{\"statusCode\":404,\"message\":\"Active call not found\",\"error\":\"Not Found\"}"))
        .isEqualTo(new ErrorDetails(null, "Active call not found", null, null));
  }

  @Test
  void errorObjectWithMessageAndNumericCode() {
    assertThat(parser.parse("{\"error\":{\"message\":\"Rate limit exceeded\",\"code\":42901}}"))
        .isEqualTo(new ErrorDetails("42901", "Rate limit exceeded", null, null));
  }

  @Test
  void topLevelCodeWinsOverNestedCode() {
    assertThat(parser.parse("{\"code\":\"A\",\"error\":{\"message\":\"m\",\"code\":\"B\"}}").code()).isEqualTo("A");
  }

  @Test
  void messageListIsJoined() {
    assertThat(parser.parse("{\"message\":[\"roomName must be a string\", 3, \"too long\"]}").message())
        .isEqualTo("roomName must be a string; too long");
  }

  @Test
  void requestIdFromTheBody() {
    assertThat(parser.parse("{\"message\":\"m\",\"requestId\":\"req-1\"}").requestId()).isEqualTo("req-1");
    assertThat(parser.parse("{\"message\":\"m\",\"request_id\":\"req-2\"}").requestId()).isEqualTo("req-2");
    assertThat(parser.parse("{\"error\":{\"message\":\"m\",\"requestId\":\"req-3\"}}").requestId()).isEqualTo("req-3");
  }

  @Test
  void valuesAreTrimmedAndBlankIsAbsent() {
    assertThat(parser.parse("{\"message\":\"  spaced  \",\"code\":\" \"}"))
        .isEqualTo(new ErrorDetails(null, "spaced", null, null));
    assertThat(parser.parse("{\"message\":\"\",\"error\":\"fallback\"}").message()).isEqualTo("fallback");
  }

  @Test
  void fractionalCodeKeepsItsFraction() {
    assertThat(parser.parse("{\"code\":1.5}").code()).isEqualTo("1.5");
  }

  @Test
  void junkAfterTheBodyIsIgnored() {
    assertThat(parser.parse("{\"message\":\"m\"} <!-- proxy -->").message()).isEqualTo("m");
  }

  @Test
  void commentsAreTolerated() {
    assertThat(parser.parse("{/* x */ \"message\": \"m\"}").message()).isEqualTo("m");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "not json", "<html><body>502 Bad Gateway</body></html>", "[\"a\"]", "\"just a string\"",
      "42", "null", "{", "{\"message\":", "{\"message\": 5, \"error\": true}", "{\"error\": [\"x\"]}",
      "{\"other\":\"x\"}"
  })
  void unreadableBodiesGiveNothingAndNeverThrow(String body) {
    assertThat(parser.parse(body)).isEqualTo(ErrorDetails.NONE);
  }

  @Test
  void deeplyNestedBodyGivesNothing() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(parser.parse(deep)).isEqualTo(ErrorDetails.NONE);
    assertThat(parser.parse("{\"error\":" + "{\"error\":".repeat(300) + "1" + "}".repeat(301)))
        .isEqualTo(ErrorDetails.NONE);
  }
}
