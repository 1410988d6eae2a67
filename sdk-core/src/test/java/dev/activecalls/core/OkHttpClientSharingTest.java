package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class OkHttpClientSharingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void aSuppliedClientIsUsedButNeverModifiedOrShutDown() throws Exception {
    Interceptor tracing = chain -> chain.proceed(chain.request().newBuilder().header("X-Trace", "user").build());
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient mine = new OkHttpClient.Builder().connectionPool(pool).addInterceptor(tracing)
        .readTimeout(Duration.ofSeconds(3)).build();
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());

    try (TestClient client = TestClient.builder().apiKey("k-shared").baseUrl(server.url("/").toString())
        .okHttpClient(mine).sleeper(new dev.activecalls.core.testsupport.RecordingSleeper()).build()) {
      assertThat(client.get("a").body().id()).isEqualTo("a");
      assertThat(client.http.config().readTimeout()).as("the supplied client's own timeout stays").isNull();
    }

    RecordedRequest first = server.takeRequest();
    RecordedRequest retry = server.takeRequest();
    assertThat(retry.getHeaders().get("X-Trace")).isEqualTo("user");
    assertThat(retry.getHeaders().get("x-api-key")).as("our auth applies through the supplied client").isEqualTo("k-shared");
    assertThat(first.getHeaders().get("x-api-key")).isEqualTo("k-shared");

    assertThat(mine.interceptors()).containsExactly(tracing);
    assertThat(mine.networkInterceptors()).isEmpty();
    assertThat(mine.readTimeoutMillis()).isEqualTo(3000);
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(pool.connectionCount()).as("connections went through the supplied pool").isPositive();
  }

  @Test
  void timeoutsSetOnTheBuilderOverrideTheSuppliedClientsInTheDerivedClientOnly() throws Exception {
    OkHttpClient mine = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build();
    server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{\"id\":\"a\"}").build());

    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
        .okHttpClient(mine).callTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.get("a"))
          .isInstanceOf(dev.activecalls.core.errors.ApiTimeoutException.class);
    }
    assertThat(mine.callTimeoutMillis()).isEqualTo(60_000);
  }

  @Test
  void interceptorsAddedOnTheBuilderRunOnEveryAttempt() throws Exception {
    java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());

    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString())
        .sleeper(new dev.activecalls.core.testsupport.RecordingSleeper())
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request());
        }).build()) {
      client.get("a");
    }

    assertThat(seen).hasValue(2);
  }
}
