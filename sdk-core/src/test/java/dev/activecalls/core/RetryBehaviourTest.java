package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryBehaviourTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final String OK_BODY = "{\"id\":\"t1\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TestClient client;

  private TestClient client() {
    if (client == null) {
      client = TestClient.builder().apiKey("k-1").baseUrl(server.url("/").toString())
          .sleeper(sleeper).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private static final ApiRequest<TestClient.Thing> POST =
      new ApiRequest<>("POST", List.of("things"), Map.of(), TestClient.THING);

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"message\":\"status " + code + "\"}").build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).body(OK_BODY).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void retryableStatusIsRetriedThenSucceeds(int code) throws Exception {
    server.enqueue(status(code));
    server.enqueue(ok());

    assertThat(client().get("x").body().id()).isEqualTo("t1");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("x-api-key")).isEqualTo("k-1");
    assertThat(second.getUrl()).isEqualTo(first.getUrl());
  }

  @Test
  void repeated408IsRetriedWithBackoff() {
    // Every 408 reaches the retry policy: OkHttp's own immediate resend of a 408 is kept away.
    server.enqueue(status(408));
    server.enqueue(status(408));
    server.enqueue(ok());

    assertThat(client().get("x").body().id()).isEqualTo("t1");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 405, 410, 501, 505})
  void otherErrorStatusIsNotRetried(int code) {
    server.enqueue(status(code));
    server.enqueue(ok());

    assertThatThrownBy(() -> client().get("x"))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(code));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void backoffGrowsBetweenRetriesAndExhaustionGivesTheLastError() {
    server.enqueue(status(500));
    server.enqueue(status(502));
    server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"the last one\"}").build());
    server.enqueue(ok());

    assertThatThrownBy(() -> client().get("x"))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("the last one");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void retryAfterInSecondsIsWaitedExactly() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(ok());

    client().get("x");

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
    server.enqueue(new MockResponse.Builder().code(503)
        .addHeader("Retry-After", "Sat, 21 Nov 2026 10:00:12 GMT").build());
    server.enqueue(ok());

    client().get("x");

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterInThePastMeansRetryNow() {
    server.enqueue(new MockResponse.Builder().code(503)
        .addHeader("Retry-After", "Sat, 21 Nov 2026 09:59:00 GMT").build());
    server.enqueue(ok());

    client().get("x");

    assertThat(sleeper.waits()).containsExactly(Duration.ZERO);
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429)
        .addHeader("Retry-After-Ms", "1500.5").addHeader("Retry-After", "30").build());
    server.enqueue(ok());

    client().get("x");

    assertThat(sleeper.waits()).containsExactly(Duration.ofNanos(1_500_500_000L));
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "soon").build());
    server.enqueue(ok());

    client().get("x");

    assertThat(sleeper.waits()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
  }

  @Test
  void retryAfterAboveTheCapFailsAtOnceWithRetryAfterSet() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "61")
        .body("{\"message\":\"slow down\"}").build());
    server.enqueue(ok());

    assertThatThrownBy(() -> client().get("x"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(61));
          assertThat(e.vendorMessage()).isEqualTo("slow down");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aLowerCapFromThePolicyApplies() {
    client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString()).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(5)).build()).build();
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "6").build());

    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(InternalServerException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(6)));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionDroppedBeforeTheResponseIsRetriedForGet() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());

    assertThat(client().get("x").body().id()).isEqualTo("t1");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void connectionRefusedIsRetriedThenReportedAsConnectionFailure() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.close();
    client = TestClient.builder().apiKey("k").baseUrl(url).sleeper(sleeper).build();

    assertThatThrownBy(() -> client.get("x"))
        .isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("GET /things/x");
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void postIsNotRetriedOnceItMayHaveReachedTheServer() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());
    assertThatThrownBy(() -> client().http.execute(POST, RequestOptions.none()))
        .isInstanceOf(ApiConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void postIsRetriedAfter429WhichRefusedItBeforeActing() {
    server.enqueue(status(429));
    server.enqueue(ok());

    assertThat(client().http.execute(POST, RequestOptions.none()).body().id()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void postIsNeverRetriedAfterAnAnswerThatMayFollowTheAction(int code) {
    server.enqueue(status(code));
    server.enqueue(ok()); // never asked for: the action may have happened; the caller decides

    assertThatThrownBy(() -> client().http.execute(POST, RequestOptions.none()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(code));
    assertThat(server.getRequestCount()).as("attempts at the server").isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void postIsNotResentByOkHttpAfterA503WithRetryAfterZeroEvenWithRetriesOn() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build());
    server.enqueue(ok());

    assertThatThrownBy(() -> client().http.execute(POST, RequestOptions.none()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void perRequestMaxRetriesOverridesThePolicy() {
    server.enqueue(status(503));

    assertThatThrownBy(() -> client().http.execute(TestClient.thing("x"),
        RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok());
    assertThat(client().http.execute(TestClient.thing("x"),
        RequestOptions.builder().maxRetries(4).build()).body().id()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void interruptedWhileWaitingStopsRetryingAndKeepsTheInterruptFlag() {
    Sleeper interrupted = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public void schedule(Duration duration, Runnable task) {
        task.run();
      }
    };
    client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString()).sleeper(interrupted).build();
    server.enqueue(status(503));
    try {
      assertThatThrownBy(() -> client.get("x"))
          .isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("Interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
