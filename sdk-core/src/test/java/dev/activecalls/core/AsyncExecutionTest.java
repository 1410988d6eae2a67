package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncExecutionTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TestClient client;

  @BeforeEach
  void setUp() {
    client = TestClient.builder().apiKey("k-async").baseUrl(server.url("/").toString()).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private CompletableFuture<ApiResponse<TestClient.Thing>> getAsync(String id) {
    return client.http.executeAsync(TestClient.thing(id), RequestOptions.none());
  }

  @Test
  void asyncRunsOnADispatcherThreadAndSyncOnTheCaller() throws Exception {
    java.util.List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    client.close();
    client = TestClient.builder().apiKey("k-async").baseUrl(server.url("/").toString()).sleeper(sleeper)
        .addInterceptor(chain -> {
          threads.add(Thread.currentThread());
          return chain.proceed(chain.request());
        }).build();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("x-request-id", "r-9")
        .body("{\"id\":\"t1\",\"name\":\"one\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t2\"}").build());

    ApiResponse<TestClient.Thing> response = getAsync("t1").get(10, TimeUnit.SECONDS);
    client.get("t2");

    assertThat(threads).hasSize(2);
    assertThat(threads.get(0)).isNotSameAs(Thread.currentThread());
    assertThat(threads.get(0).getName()).startsWith("OkHttp");
    assertThat(threads.get(1)).isSameAs(Thread.currentThread());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("r-9");
    assertThat(response.body()).isEqualTo(new TestClient.Thing("t1", "one"));
    assertThat(server.takeRequest().getHeaders().get("x-api-key")).isEqualTo("k-async");
  }

  @Test
  void failsWithTheTypedExceptionAsCause() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"bad key\"}").build());

    assertThatThrownBy(() -> getAsync("t1").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(AuthenticationException.class).hasMessageContaining("bad key");
  }

  @Test
  void retriesThroughTheSleeperWithoutBlocking() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\"}").build());

    assertThat(getAsync("t1").get(10, TimeUnit.SECONDS).body().id()).isEqualTo("t1");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeper.waits().get(1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void cancelDuringTheWaitStopsEveryFurtherRetry() throws Exception {
    sleeper.holdScheduled();
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\"}").build());

    CompletableFuture<ApiResponse<TestClient.Thing>> future = getAsync("t1");
    server.takeRequest(10, TimeUnit.SECONDS);
    awaitHeldRetry();

    assertThat(future.cancel(true)).isTrue();
    sleeper.runHeld();

    assertThat(future).isCancelled();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void cancelWhileTheCallIsInFlightCancelsTheCall() throws Exception {
    CountDownLatch httpCallCancelled = new CountDownLatch(1);
    OkHttpClient watched = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        httpCallCancelled.countDown();
      }
    }).build();
    client.close();
    client = TestClient.builder().apiKey("k-async").baseUrl(server.url("/").toString()).sleeper(sleeper)
        .okHttpClient(watched).build();
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, TimeUnit.SECONDS)
        .body("{\"id\":\"t1\"}").build());

    CompletableFuture<ApiResponse<TestClient.Thing>> future = getAsync("t1");
    server.takeRequest(10, TimeUnit.SECONDS);
    future.cancel(true);

    assertThat(httpCallCancelled.await(5, TimeUnit.SECONDS)).as("the HTTP call itself is cancelled").isTrue();
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingAMappedFutureCancelsTheSource() throws Exception {
    sleeper.holdScheduled();
    server.enqueue(new MockResponse.Builder().code(503).build());

    CompletableFuture<ApiResponse<TestClient.Thing>> source = getAsync("t1");
    CompletableFuture<String> mapped = Futures.map(source, response -> response.body().id());
    server.takeRequest(10, TimeUnit.SECONDS);
    awaitHeldRetry();
    mapped.cancel(true);
    sleeper.runHeld();

    assertThat(source).isCancelled();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void optionalAsyncGivesEmptyOn404AndCarriesTheStatus() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("x-request-id", "r-404").build());

    ApiResponse<Optional<TestClient.Thing>> response =
        client.http.executeOptionalAsync(TestClient.thing("gone"), RequestOptions.none()).get(10, TimeUnit.SECONDS);

    assertThat(response.body()).isEmpty();
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.requestId()).isEqualTo("r-404");
  }

  @Test
  void optionalSyncGivesEmptyOn404AndThrowsOtherErrors() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThat(client.http.executeOptional(TestClient.thing("gone"), RequestOptions.none()).body()).isEmpty();
    assertThatThrownBy(() -> client.http.executeOptional(TestClient.thing("x"), RequestOptions.none()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void mappedFuturesUnwrapTheCause() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    CompletableFuture<String> mapped = Futures.map(getAsync("t1"), response -> response.body().id());

    assertThatThrownBy(() -> mapped.get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(NotFoundException.class);
  }

  private void awaitHeldRetry() {
    sleeper.awaitHeld(1, Duration.ofSeconds(10));
    assertThat(sleeper.heldCount()).isEqualTo(1);
  }
}
