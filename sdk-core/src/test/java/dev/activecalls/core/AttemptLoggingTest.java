package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.LogCapture;
import dev.activecalls.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AttemptLoggingTest {
  /** The start of the line for {@code GET /things/+15551234567}, as a regular expression. */
  private static final String MASKED_GET = "FINE GET /things/%2B1555\\*\\*\\*4567";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void oneDebugLinePerAttemptWithMethodPathStatusMillisAndAttemptButNoHeadersOrBody() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Set-Cookie", "session=abc")
        .body("{\"message\":\"overloaded\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"t-body\"}").build());

    try (LogCapture logs = LogCapture.http(); TestClient client = client("k")) {
      client.get("a b");

      assertThat(logs.lines()).hasSize(2);
      assertThat(logs.lines().get(0))
          .matches("FINE GET /things/a%20b -> 503 in \\d+ ms \\(attempt 1, request id none\\)");
      assertThat(logs.lines().get(1))
          .matches("FINE GET /things/a%20b -> 200 in \\d+ ms \\(attempt 2, request id none\\)");
      assertThat(logs.text()).doesNotContain("session", "overloaded", "t-body", "User-Agent");
    }
  }

  @Test
  void eachLineCarriesTheRequestIdOfItsAnswerAndNoPhoneNumber() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("x-request-id", "req-1").build());
    server.enqueue(
        new MockResponse.Builder().addHeader("request-id", "req-2").body("{\"id\":\"t\"}").build());

    try (LogCapture logs = LogCapture.http(); TestClient client = client("k")) {
      client.get("+1 (555) 123-4567");

      assertThat(logs.lines()).hasSize(2);
      assertThat(logs.lines().get(0))
          .matches(MASKED_GET + " -> 503 in \\d+ ms \\(attempt 1, request id req-1\\)");
      assertThat(logs.lines().get(1))
          .matches(MASKED_GET + " -> 200 in \\d+ ms \\(attempt 2, request id req-2\\)");
      assertThat(logs.text()).doesNotContain("5551234567", "123-4567", "%20");
    }
  }

  @Test
  void aRequestIdIsEscapedAndFreeOfTheClientsSecrets() {
    String apiKey = "sk-live-0123456789";
    server.enqueue(new MockResponse.Builder().code(404)
        .addHeaderLenient("x-request-id", "id-" + apiKey + "\u2028INFO forged").build());

    try (LogCapture logs = LogCapture.http(); TestClient client = client(apiKey)) {
      assertThatThrownBy(() -> client.get("call-abc123")).isInstanceOf(NotFoundException.class);

      assertThat(logs.lines()).singleElement().asString()
          .matches("FINE GET /things/call-abc123 -> 404 in \\d+ ms"
              + " \\(attempt 1, request id id-\\[redacted\\]\\\\u2028INFO forged\\)");
      assertThat(logs.text()).doesNotContain(apiKey);
    }
  }

  @Test
  void anAttemptWithoutAnAnswerSaysSo() {
    try (LogCapture logs = LogCapture.http();
        TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
            .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).build()) {
      server.close();
      assertThatThrownBy(() -> client.get("+15551234567")).isInstanceOf(ApiConnectionException.class);

      assertThat(logs.lines()).singleElement().asString().matches(
          MASKED_GET + " -> failed \\(ApiConnectionException\\) in \\d+ ms"
              + " \\(attempt 1, request id none\\)");
    }
  }

  private TestClient client(String apiKey) {
    return TestClient.builder().apiKey(apiKey).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
  }
}
