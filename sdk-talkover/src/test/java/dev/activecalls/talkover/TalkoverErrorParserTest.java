package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.talkover.internal.TalkoverErrorParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TalkoverErrorParserTest {
  private final TalkoverErrorParser parser = new TalkoverErrorParser();

  @Test
  void seedNotFoundBodyGivesItsMessage() {
    ErrorDetails details = parser.parse(Fixtures.read("seed-004-no-active-call.json"));

    assertThat(details).isEqualTo(
        new ErrorDetails(null, "No active call found for this phone number", null, null));
  }

  @Test
  void stringCode() {
    ErrorDetails details = parser.parse(
        "{\"success\": false, \"message\": \"Invalid API token\", \"code\": \"UNAUTHORIZED\"}");

    assertThat(details.message()).isEqualTo("Invalid API token");
    assertThat(details.code()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void numericCodeKeepsItsText() {
    ErrorDetails details = parser.parse("{\"success\": false, \"message\": \"Slow down\", \"code\": 429}");

    assertThat(details.code()).isEqualTo("429");
    assertThat(details.message()).isEqualTo("Slow down");
  }

  @Test
  void nestedErrorObjectAndRequestIdInTheBody() {
    ErrorDetails details = parser.parse("{\"error\": {\"message\": \"Agent not found\", \"code\": \"AGENT_NOT_FOUND\"},"
        + " \"request_id\": \"req-9\"}");

    assertThat(details).isEqualTo(new ErrorDetails("AGENT_NOT_FOUND", "Agent not found", "req-9", null));
  }

  @Test
  void topLevelMessageWinsOverErrorString() {
    ErrorDetails details = parser.parse("{\"error\": \"Bad Request\", \"message\": \"phone is not E.164\"}");

    assertThat(details.message()).isEqualTo("phone is not E.164");
  }

  @Test
  void errorStringAloneIsTheMessage() {
    assertThat(parser.parse("{\"error\": \"Unauthorized\"}").message()).isEqualTo("Unauthorized");
  }

  @Test
  void listOfValidationMessagesIsJoined() {
    ErrorDetails details = parser.parse(
        "{\"message\": [\"phone must be E.164\", \"agent_id must be a UUID\"], \"code\": 400}");

    assertThat(details.message()).isEqualTo("phone must be E.164; agent_id must be a UUID");
  }

  @Test
  void unknownFieldsCommentsAndOddTypesAreSkipped() {
    ErrorDetails details = parser.parse("/* proxy */ {\"success\": false, \"details\": {\"x\": [1, {}]},"
        + " \"code\": {\"nested\": true}, \"message\": \"Still readable\"}");

    assertThat(details.message()).isEqualTo("Still readable");
    assertThat(details.code()).isNull();
  }

  @Test
  void whatWasReadBeforeATruncationIsKept() {
    ErrorDetails details = parser.parse("{\"message\": \"Service overloaded\", \"code\": \"OVERLOADED\", \"trace\": [\"a\", ");

    assertThat(details.message()).isEqualTo("Service overloaded");
    assertThat(details.code()).isEqualTo("OVERLOADED");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "<html><body>502 Bad Gateway</body></html>",
      "Internal Server Error",
      "[\"message\"]",
      "\"message\"",
      "null",
      "{",
      "{\"message\": ",
      "{}"})
  void neverThrowsAndReadsNothingFromNonObjects(String body) {
    assertThat(parser.parse(body)).isEqualTo(ErrorDetails.NONE);
  }

  @Test
  void neverThrowsOnDeepNesting() {
    String deep = "{\"message\": \"deep\", \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

    assertThat(parser.parse(deep).message()).isEqualTo("deep");
  }
}
