package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@link ApiClient#withOptions}: a variant with other settings that shares the pool. */
class ClientVariantsTest {
  private static final String KEY = "sk_variant_0123456789";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer other = new MockWebServer();

  private TestClient.Builder builder() {
    return TestClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).sleeper(new RecordingSleeper());
  }

  private static MockResponse ok(String id) {
    return new MockResponse.Builder().code(200).body("{\"id\":\"" + id + "\"}").build();
  }

  @Test
  void aVariantChangesWhatItIsToldAndKeepsTheRest() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));
    try (TestClient base = builder().header("X-App", "wallboard").maxRetries(0).build();
        TestClient variant = base.withOptions(b -> b.header("X-Variant", "patient").readTimeout(Duration.ofSeconds(60)))) {
      base.get("a");
      variant.get("b");

      assertThat(variant.http.config().readTimeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(base.http.config().readTimeout()).isEqualTo(ClientBuilder.DEFAULT_READ_TIMEOUT);
      assertThat(variant.http.config().retryPolicy().maxRetries()).isZero();
      assertThat(variant).hasToString("TestClient{baseUrl=" + server.url("/") + "}");
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeaders().get("X-App")).isEqualTo("wallboard");
    assertThat(first.getHeaders().get("X-Variant")).isNull();
    assertThat(second.getHeaders().get("X-App")).isEqualTo("wallboard");
    assertThat(second.getHeaders().get("X-Variant")).isEqualTo("patient");
    assertThat(second.getHeaders().get("x-api-key")).isEqualTo(KEY);
  }

  @Test
  void aVariantStartsFromTheBuilderAsItWasWhenTheClientWasMade() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));
    TestClient.Builder builder = builder().header("X-App", "wallboard");
    try (TestClient base = builder.build()) {
      builder.header("X-Later", "not-seen").addInterceptor(chain -> {
        throw new AssertionError("an interceptor added after build() must not run");
      });
      try (TestClient variant = base.withOptions(b -> b.addInterceptor(chain -> chain.proceed(
          chain.request().newBuilder().header("X-Variant-Interceptor", "yes").build())))) {
        variant.get("a");
        base.get("b");
      }
    }
    RecordedRequest viaVariant = server.takeRequest();
    RecordedRequest viaBase = server.takeRequest();
    assertThat(viaVariant.getHeaders().get("X-App")).isEqualTo("wallboard");
    assertThat(viaVariant.getHeaders().get("X-Later")).isNull();
    assertThat(viaVariant.getHeaders().get("X-Variant-Interceptor")).isEqualTo("yes");
    assertThat(viaVariant.getHeaders().get("x-api-key")).isEqualTo(KEY);
    assertThat(viaBase.getHeaders().get("X-Variant-Interceptor")).as("the variant's interceptor stays its own").isNull();
  }

  @Test
  void everyInterceptorRunsOnceInAVariantAndInAVariantOfAVariant() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "7").body("{}").build());
    }
    AtomicInteger baseRuns = new AtomicInteger();
    AtomicInteger variantRuns = new AtomicInteger();
    try (TestClient base = builder().maxRetries(0).addInterceptor(counting(baseRuns)).build();
        TestClient variant = base.withOptions(b -> b.addInterceptor(counting(variantRuns)));
        TestClient ofVariant = variant.withOptions(b -> b.header("X-Depth", "2"))) {
      for (TestClient client : List.of(base, variant, ofVariant)) {
        // OkHttp's Retry-After is hidden and put back by one interceptor pair; a pair run twice
        // would hide the vendor's value for good.
        assertThatThrownBy(() -> client.get("a")).isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
      }
    }
    assertThat(baseRuns).as("the base's interceptor, copied into each variant").hasValue(3);
    assertThat(variantRuns).as("the variant's, copied into its own variant").hasValue(2);
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getHeaders().values("x-api-key")).containsExactly(KEY);
      assertThat(request.getHeaders().values("User-Agent")).hasSize(1);
      assertThat(request.getHeaders().names()).doesNotContain("X-Activecalls-Retry-After");
    }
  }

  @Test
  void aVariantOfAClientOnASuppliedOkHttpClientKeepsThatClientsInterceptorOnce() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));
    AtomicInteger suppliedRuns = new AtomicInteger();
    OkHttpClient mine = new OkHttpClient.Builder().addInterceptor(counting(suppliedRuns)).build();
    try (TestClient base = builder().okHttpClient(mine).build();
        TestClient variant = base.withOptions(b -> b.header("X-Variant", "yes"))) {
      base.get("a");
      variant.get("b");
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
    assertThat(suppliedRuns).hasValue(2);
    assertThat(server.takeRequest().getHeaders().get("X-Variant")).isNull();
    assertThat(server.takeRequest().getHeaders().get("X-Variant")).isEqualTo("yes");
  }

  private static Interceptor counting(AtomicInteger runs) {
    return chain -> {
      runs.incrementAndGet();
      return chain.proceed(chain.request());
    };
  }

  @Test
  void aVariantSharesTheConnectionPool() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));
    try (TestClient base = builder().build(); TestClient variant = base.withOptions(b -> b.maxRetries(5))) {
      base.get("a");
      variant.get("b");
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getConnectionIndex()).as("the same socket").isEqualTo(first.getConnectionIndex());
    assertThat(second.getExchangeIndex()).isEqualTo(1);
  }

  @Test
  void aVariantCanTalkToAnotherBaseUrlWithTheSameCredentials() throws Exception {
    other.enqueue(ok("moved"));
    try (TestClient base = builder().build();
        TestClient moved = base.withOptions(b -> b.baseUrl(other.url("/proxy/").toString()))) {
      assertThat(moved.get("x").body().id()).isEqualTo("moved");
    }
    RecordedRequest request = other.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/proxy/things/x");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(KEY);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closingAVariantLeavesTheOriginalWorking() throws Exception {
    server.enqueue(ok("sync"));
    server.enqueue(ok("async"));
    try (TestClient base = builder().build()) {
      TestClient variant = base.withOptions(b -> b.maxRetries(1));
      variant.close();

      assertThatThrownBy(() -> variant.get("x")).isInstanceOf(IllegalStateException.class)
          .hasMessage("TestClient is closed");
      assertThat(base.get("sync").body().id()).isEqualTo("sync");
      assertThat(base.http.executeAsync(TestClient.thing("async"), RequestOptions.none())
          .get(10, TimeUnit.SECONDS).body().id()).isEqualTo("async");
    }
  }

  @Test
  void closingTheOriginalClosesItsVariants() {
    TestClient base = builder().build();
    TestClient variant = base.withOptions(b -> b.maxRetries(1));
    base.close();

    assertThatThrownBy(() -> variant.get("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> variant.http.executeAsync(TestClient.thing("x"), RequestOptions.none()).get())
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> base.withOptions(b -> b.maxRetries(1))).isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRequestOptionHeaderReplacesAClientHeaderForOneCall() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));
    try (TestClient client = builder().header("X-App", "wallboard").build()) {
      client.http.execute(TestClient.thing("a"), RequestOptions.builder().header("X-App", "report").build());
      client.get("b");
    }
    assertThat(server.takeRequest().getHeaders().values("X-App")).containsExactly("report");
    assertThat(server.takeRequest().getHeaders().values("X-App")).containsExactly("wallboard");
  }

  @Test
  void anInvalidChangeNamesTheSetting() {
    try (TestClient base = builder().build()) {
      assertThatThrownBy(() -> base.withOptions(b -> b.baseUrl("http://example.com/")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
      assertThatThrownBy(() -> base.withOptions(b -> b.header("X-Bad", "a\r\nb")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
