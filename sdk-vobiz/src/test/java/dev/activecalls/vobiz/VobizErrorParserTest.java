package dev.activecalls.vobiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.vobiz.internal.VobizErrorParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VobizErrorParserTest {
  private final VobizErrorParser parser = new VobizErrorParser();

  @Test
  void readsTheStructuredForm() {
    ErrorDetails details = parser.parse("""
        {"status": "error",
         "error": {"code": "RATE_LIMIT_EXCEEDED", "message": "Too many requests",
                   "details": {"retryAfter": 30, "limit": 100}},
         "timestamp": "2026-06-11T16:03:28Z",
         "requestId": "req-7f3a"}
        """);
    assertThat(details).isEqualTo(
        new ErrorDetails("RATE_LIMIT_EXCEEDED", "Too many requests", "req-7f3a", Duration.ofSeconds(30)));
  }

  @Test
  void readsThePlivoForm() {
    ErrorDetails details = parser.parse("{\"api_id\": \"c8b427f6-58ce-11e1\", \"error\": \"not found\"}");
    // api_id identifies the request to Vobiz support, so it serves as the request id.
    assertThat(details).isEqualTo(new ErrorDetails(null, "not found", "c8b427f6-58ce-11e1", null));
  }

  @Test
  void requestIdPrefersRequestIdOverApiId() {
    assertThat(parser.parse("{\"api_id\":\"a-1\",\"requestId\":\"r-1\",\"error\":\"x\"}").requestId())
        .isEqualTo("r-1");
  }

  @Test
  void retryAfterAcceptsNumericStringsAndFractions() {
    assertThat(retryAfter("\"12\"")).isEqualTo(Duration.ofSeconds(12));
    assertThat(retryAfter("\" 2.5 \"")).isEqualTo(Duration.ofMillis(2500));
    assertThat(retryAfter("0.25")).isEqualTo(Duration.ofMillis(250));
    assertThat(retryAfter("0")).isEqualTo(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "\"soon\"", "\"\"", "true", "null", "[1]", "{\"s\":1}", "1e12"})
  void retryAfterThatIsNotAWaitIsIgnored(String value) {
    assertThat(retryAfter(value)).isNull();
  }

  @Test
  void numericCodeIsKeptAsText() {
    assertThat(parser.parse("{\"status\":\"error\",\"error\":{\"code\":404,\"message\":\"m\"}}").code())
        .isEqualTo("404");
  }

  @Test
  void bareNumericErrorIsACode() {
    assertThat(parser.parse("{\"error\": 42, \"message\": \"m\"}"))
        .isEqualTo(new ErrorDetails("42", "m", null, null));
  }

  @Test
  void topLevelMessageIsAFallback() {
    assertThat(parser.parse("{\"message\":\"Service unavailable\"}").message())
        .isEqualTo("Service unavailable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<html>502 Bad Gateway</html>", "[1,2]", "\"text\"", "{", "null"})
  void unreadableBodiesGiveNothingAndNeverThrow(String body) {
    ErrorDetails details = parser.parse(body);
    assertThat(details.code()).isNull();
    assertThat(details.message()).isNull();
    assertThat(details.retryAfter()).isNull();
  }

  @Test
  void onlyTheTopLevelErrorFieldsAreReadAndALaterDuplicateWins() {
    ErrorDetails details = parser.parse("{\"trace\":{\"error\":\"inner\",\"deep\":[1,{\"b\":null}]},"
        + "\"error\":\"first\",\"api_id\":\"a-1\",\"error\":\"last\"}");
    assertThat(details).isEqualTo(new ErrorDetails(null, "last", "a-1", null));
  }

  @Test
  void commentsAreTolerated() {
    assertThat(parser.parse("{/* why */ \"error\": \"bad\" // end\n}").message()).isEqualTo("bad");
  }

  private Duration retryAfter(String json) {
    return parser.parse("{\"status\":\"error\",\"error\":{\"code\":\"X\",\"details\":{\"retryAfter\":"
        + json + "}}}").retryAfter();
  }
}
