package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Timeouts are real time by nature; each test uses a timeout far shorter (200 ms) than the
 * server's delay (10 s), so the outcome does not depend on how fast the machine is.
 */
class TimeoutTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private static MockResponse stalled() {
    return new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{\"id\":\"late\"}").build();
  }

  @Test
  void aReadTimeoutIsApiTimeoutExceptionAfterTheRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(stalled());
    }
    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
        .readTimeout(Duration.ofMillis(200)).sleeper(sleeper).build()) {
      assertThatThrownBy(() -> client.get("x"))
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("Timed out: GET /things/x");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void aPerRequestTimeoutAppliesToThatCallOnly() {
    server.enqueue(stalled());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"fast\"}").build());
    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
        .sleeper(sleeper).build()) {
      assertThatThrownBy(() -> client.http.execute(TestClient.thing("x"),
          RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build()))
          .isInstanceOf(ApiTimeoutException.class);
      assertThat(client.get("y").body().id()).isEqualTo("fast");
    }
  }

  @Test
  void anAsyncTimeoutFailsTheFutureWithApiTimeoutException() {
    server.enqueue(stalled());
    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
        .callTimeout(Duration.ofMillis(200)).maxRetries(0).sleeper(sleeper).build()) {
      assertThatThrownBy(() -> client.http.executeAsync(TestClient.thing("x"), RequestOptions.none())
          .get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(ApiTimeoutException.class);
    }
  }
}
