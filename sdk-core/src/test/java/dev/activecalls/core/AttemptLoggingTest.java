package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.LogCapture;
import dev.activecalls.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AttemptLoggingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void oneDebugLinePerAttemptWithMethodPathStatusMillisAndAttemptButNoHeadersOrBody() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Set-Cookie", "session=abc")
        .body("{\"message\":\"overloaded\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"t-body\"}").build());

    try (LogCapture logs = LogCapture.http();
        TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
            .sleeper(new RecordingSleeper()).build()) {
      client.get("a b");

      assertThat(logs.lines()).hasSize(2);
      assertThat(logs.lines().get(0)).matches("FINE GET /things/a%20b -> 503 in \\d+ ms \\(attempt 1\\)");
      assertThat(logs.lines().get(1)).matches("FINE GET /things/a%20b -> 200 in \\d+ ms \\(attempt 2\\)");
      assertThat(logs.text()).doesNotContain("session", "overloaded", "t-body", "User-Agent");
    }
  }
}
