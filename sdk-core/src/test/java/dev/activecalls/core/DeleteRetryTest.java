package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code DELETE} in the pipeline, blocking and async: retried like a read, never resent by OkHttp
 * behind the retry policy's back, and a 404 on a retry after an unanswered attempt read as "gone"
 * when the request says so ({@link ApiRequest#withGoneOnRetry}).
 */
class DeleteRetryTest {
  /** An empty body (a 204) is "deleted"; anything else is read as a string. */
  private static final ResponseDecoder<String> DELETED = reader -> {
    try {
      reader.peek();
    } catch (EOFException empty) {
      return "deleted";
    }
    return reader.nextString();
  };
  private static final ApiRequest<String> DELETE =
      ApiRequest.<String>delete(DELETED, "things", "t1", "").withGoneOnRetry(() -> "already gone");
  private static final ApiRequest<String> DELETE_WITHOUT_GONE = ApiRequest.delete(DELETED, "things", "t1", "");

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TestClient client;

  private TestClient client() {
    if (client == null) {
      client = TestClient.builder().apiKey("k-1").baseUrl(server.url("/").toString()).sleeper(sleeper).build();
    }
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  /** Runs a request blocking or async, blocking for the answer either way. */
  enum Path {
    BLOCKING, ASYNC;

    <T> ApiResponse<T> run(TestClient client, ApiRequest<T> request, RequestOptions options) throws Exception {
      if (this == BLOCKING) {
        return client.http.execute(request, options);
      }
      CompletableFuture<ApiResponse<T>> future = client.http.executeAsync(request, options);
      try {
        return future.get(5, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw (Exception) e.getCause();
      }
    }

    <T> ApiResponse<T> run(TestClient client, ApiRequest<T> request) throws Exception {
      return run(client, request, RequestOptions.none());
    }
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"message\":\"status " + code + "\"}").build();
  }

  private static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** The connection is shut after the whole request arrived: it may have acted, and no answer came. */
  private static MockResponse lostAfterTheRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  private void assertEveryAttemptWasTheDelete(int attempts) throws InterruptedException {
    assertThat(server.getRequestCount()).as("attempts at the server").isEqualTo(attempts);
    for (int i = 0; i < attempts; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).isNotNull();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getTarget()).isEqualTo("/things/t1/");
      assertThat(request.getBodySize()).isZero();
      assertThat(request.getHeaders().get("x-api-key")).isEqualTo("k-1");
    }
  }

  @Test
  void theFactorySaysDeleteAndKeepsEverythingElse() {
    assertThat(DELETE.method()).isEqualTo("DELETE");
    assertThat(DELETE.pathSegments()).containsExactly("things", "t1", "");
    assertThat(DELETE.jsonBody()).isNull();
    assertThat(DELETE.goneOnRetry()).isNotNull();
    assertThat(DELETE_WITHOUT_GONE.goneOnRetry()).isNull();
    ApiRequest<String> more = DELETE.withQuery("status", "queued").withAbsence(notFound -> false);
    assertThat(more.goneOnRetry()).isSameAs(DELETE.goneOnRetry());
    assertThat(more.query()).containsEntry("status", "queued");
  }

  @ParameterizedTest
  @MethodSource("paths")
  void aDeleteIsRetriedLikeAReadAfter5xx(Path path) throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(noContent());

    ApiResponse<String> response = path.run(client(), DELETE);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEqualTo("deleted");
    assertThat(sleeper.waits()).hasSize(2);
    assertEveryAttemptWasTheDelete(3);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void a404OnTheRetryAfterALostAttemptIsTheGoneValue(Path path) throws Exception {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(new MockResponse.Builder(status(404)).setHeader("x-request-id", "r-2").build());

    ApiResponse<String> response = path.run(client(), DELETE);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("already gone");
    assertThat(response.requestId()).isEqualTo("r-2");
    assertThat(response.headers().get("x-request-id")).isEqualTo("r-2");
    assertThat(sleeper.waits()).as("the pipeline saw the lost attempt and retried it").hasSize(1);
    assertEveryAttemptWasTheDelete(2);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void a404OnTheFirstAttemptIsNotFound(Path path) throws Exception {
    server.enqueue(status(404));
    server.enqueue(noContent()); // never asked for

    Throwable e = catchThrowable(() -> path.run(client(), DELETE));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(sleeper.waits()).isEmpty();
    assertEveryAttemptWasTheDelete(1);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void a404AfterAnsweredAttemptsIsNotFound(Path path) throws Exception {
    server.enqueue(status(503)); // answered: the server said it did not act
    server.enqueue(status(404));

    Throwable e = catchThrowable(() -> path.run(client(), DELETE));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) e).statusCode()).isEqualTo(404);
    assertEveryAttemptWasTheDelete(2);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void aLostAttemptStillCountsAfterAnAnsweredOne(Path path) throws Exception {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(status(503));
    server.enqueue(status(404));

    ApiResponse<String> response = path.run(client(), DELETE);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("already gone");
    assertEveryAttemptWasTheDelete(3);
  }

  @ParameterizedTest
  @MethodSource("paths")
  void a404AfterALostAttemptIsNotFoundWithoutAGoneValueOrWhenItIsNoAbsence(Path path) throws Exception {
    List<ApiRequest<String>> requests = List.of(DELETE_WITHOUT_GONE, DELETE.withAbsence(notFound -> false));
    for (ApiRequest<String> request : requests) {
      server.enqueue(lostAfterTheRequest());
      server.enqueue(status(404));
    }

    for (ApiRequest<String> request : requests) {
      assertThat(catchThrowable(() -> path.run(client(), request))).isInstanceOf(NotFoundException.class);
    }
    assertEveryAttemptWasTheDelete(4);
  }

  @Test
  void a404AfterAConnectionThatCouldNotBeMadeIsNotFound() throws Exception {
    // Refused first: the request cannot have reached any server, so a 404 after it is no sign of
    // an earlier attempt having done the work. The server comes up while the retry waits.
    MockWebServer gone = new MockWebServer();
    gone.start();
    String url = gone.url("/").toString();
    int port = gone.getPort();
    gone.close();
    try (MockWebServer revived = new MockWebServer()) {
      revived.enqueue(status(404));
      Sleeper startsTheServer = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          try {
            revived.start(InetAddress.getByName("localhost"), port);
          } catch (IOException e) {
            throw new AssertionError("could not bind port " + port + " again", e);
          }
        }

        @Override
        public void schedule(Duration duration, Runnable task) {
          throw new AssertionError("blocking only");
        }
      };
      try (TestClient refusedFirst = TestClient.builder().apiKey("k-1").baseUrl(url).sleeper(startsTheServer).build()) {
        Throwable e = catchThrowable(() -> refusedFirst.http.execute(DELETE, RequestOptions.none()));

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(revived.getRequestCount()).isEqualTo(1);
      }
    }
  }

  static Stream<Arguments> paths() {
    return Stream.of(Arguments.of(Path.BLOCKING), Arguments.of(Path.ASYNC));
  }

  static Stream<Arguments> pathsAndStatuses() {
    return Stream.of(Path.values()).flatMap(path -> Stream.of(408, 503).map(code -> Arguments.of(path, code)));
  }

  // OkHttp follows up a 503 with Retry-After: 0 and a 408 by itself; RetryAfterShield hides both
  // from it, so the policy alone decides how often a DELETE reaches the server.

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pathsAndStatuses")
  void withoutRetriesADeleteReachesTheServerOnce(Path path, int code) throws Exception {
    server.enqueue(new MockResponse.Builder(status(code)).setHeader("Retry-After", "0").build());
    server.enqueue(noContent());

    Throwable e = catchThrowable(
        () -> path.run(client(), DELETE, RequestOptions.builder().maxRetries(0).build()));

    assertThat(e).isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.statusCode()).isEqualTo(code));
    assertEveryAttemptWasTheDelete(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pathsAndStatuses")
  void withTheDefaultPolicyADeleteReachesTheServerThreeTimesAtMost(Path path, int code) throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder(status(code)).setHeader("Retry-After", "0").build());
    }

    Throwable e = catchThrowable(() -> path.run(client(), DELETE));

    assertThat(e).isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.statusCode()).isEqualTo(code));
    if (code == 503) {
      assertThat(e).isInstanceOf(InternalServerException.class);
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ZERO, Duration.ZERO);
    assertEveryAttemptWasTheDelete(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void a408Or503WithoutRetryAfterIsRetriedWithBackoffThenSucceeds(int code) throws Exception {
    server.enqueue(status(code));
    server.enqueue(noContent());

    ApiResponse<String> response = Path.BLOCKING.run(client(), DELETE);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(sleeper.waits()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    assertEveryAttemptWasTheDelete(2);
  }

  @Test
  void aDeleteWithoutRetriesIsOneAttemptEvenWhenTheConnectionDrops() throws Exception {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(noContent());

    Throwable e = catchThrowable(
        () -> Path.BLOCKING.run(client(), DELETE, RequestOptions.builder().maxRetries(0).build()));

    assertThat(e).isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("DELETE /things/t1/");
    assertEveryAttemptWasTheDelete(1);
  }
}
