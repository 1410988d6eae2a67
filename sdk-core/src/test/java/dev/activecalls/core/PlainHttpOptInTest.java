package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.testsupport.LogCapture;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain http to a non-loopback host, like a fake at {@code http://fakes:8080} in another
 * container: refused unless {@link ClientBuilder#allowPlainHttpTo} names exactly that host.
 */
class PlainHttpOptInTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void plainHttpToAFakeInAContainerIsRefusedByDefaultAndTheMessageNamesTheOptIn() {
    assertThatThrownBy(() -> TestClient.builder().apiKey("k").baseUrl("http://fakes:8080").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl must use https")
        .hasMessageContaining("allowPlainHttpTo(\"fakes\")")
        .hasMessageContaining("http://fakes:8080/");
  }

  @Test
  void theOptInAcceptsPlainHttpToThatHost() {
    try (TestClient client = TestClient.builder().apiKey("k").allowPlainHttpTo("fakes")
        .baseUrl("http://fakes:8080").build()) {
      assertThat(client.http.config().baseUrl().toString()).isEqualTo("http://fakes:8080/");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://api.acme.test", "http://fakes2:8080", "http://fake:8080", "http://evil.fakes:8080",
      "http://fakes.evil.com:8080", "http://10.0.0.5:8080"})
  void everyOtherNonLoopbackHostIsStillRefused(String url) {
    assertThatThrownBy(() -> TestClient.builder().apiKey("k").allowPlainHttpTo("fakes").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl must use https")
        .hasMessageContaining("allowPlainHttpTo");
  }

  @Test
  void theOptInKeepsHttpsAndLoopbackWorking() {
    try (TestClient https = TestClient.builder().apiKey("k").allowPlainHttpTo("fakes").build();
        TestClient loopback = TestClient.builder().apiKey("k").allowPlainHttpTo("fakes")
            .baseUrl("http://127.0.0.1:9000").build()) {
      assertThat(https.http.config().baseUrl().toString()).isEqualTo("https://api.acme.test/");
      assertThat(loopback.http.config().baseUrl().toString()).isEqualTo("http://127.0.0.1:9000/");
    }
  }

  @Test
  void hostsAreComparedWithoutRegardToCaseOrIpv6Brackets() {
    try (TestClient upper = TestClient.builder().apiKey("k").allowPlainHttpTo("FAKES")
            .baseUrl("http://Fakes:8080").build();
        TestClient ipv6 = TestClient.builder().apiKey("k").allowPlainHttpTo("[FD00::1]")
            .baseUrl("http://[fd00::1]:8080").build();
        TestClient ip = TestClient.builder().apiKey("k").allowPlainHttpTo(" 10.0.0.5 ")
            .baseUrl("http://10.0.0.5:8080").build()) {
      assertThat(upper.http.config().baseUrl().host()).isEqualTo("fakes");
      assertThat(ipv6.http.config().baseUrl().host()).isEqualTo("fd00::1");
      assertThat(ip.http.config().baseUrl().host()).isEqualTo("10.0.0.5");
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "*", "*.fakes", "fakes:8080", "http://fakes", "fakes/path", "a b"})
  void aHostThatIsNotOneExactHostIsRefusedNamingTheSetting(@Nullable String host) {
    TestClient.Builder builder = TestClient.builder();
    assertThatThrownBy(() -> builder.allowPlainHttpTo(host))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("allowPlainHttpTo: host must");
  }

  @Test
  void theOptInIsALaterCallsHostOnly() {
    assertThatThrownBy(() -> TestClient.builder().apiKey("k").allowPlainHttpTo("fakes")
            .allowPlainHttpTo("other").baseUrl("http://fakes:8080").build())
        .hasMessageStartingWith("baseUrl must use https");
  }

  @Test
  void theOptInSurvivesWithOptionsAndAVariantsChangeStaysItsOwn() {
    try (TestClient client = TestClient.builder().apiKey("k").allowPlainHttpTo("fakes")
            .baseUrl("http://fakes:8080").build();
        TestClient patient = client.withOptions(b -> b.readTimeout(Duration.ofSeconds(60)));
        TestClient other = client.withOptions(b -> b.allowPlainHttpTo("other")
            .baseUrl("http://other:8080"))) {
      assertThat(patient.http.config().baseUrl().toString()).isEqualTo("http://fakes:8080/");
      assertThat(other.http.config().baseUrl().toString()).isEqualTo("http://other:8080/");
      // The variant's opt-in went into its own copy: the original's settings still name fakes only.
      assertThatThrownBy(() -> client.withOptions(b -> b.baseUrl("http://other:8080")))
          .hasMessageStartingWith("baseUrl must use https");
    }
  }

  @Test
  void theOptInAppliesToABaseUrlFromTheEnvironmentInEitherOrder() {
    Map<String, String> env = Map.of("ACME_API_KEY", "k", "ACME_BASE_URL", "http://fakes:8080");

    assertThat(new EnvBuilder().allowPlainHttpTo("fakes").fromEnv(env::get).build().baseUrl())
        .hasToString("http://fakes:8080/");
    assertThat(new EnvBuilder().fromEnv(env::get).allowPlainHttpTo("fakes").build().baseUrl())
        .hasToString("http://fakes:8080/");
    assertThatThrownBy(() -> new EnvBuilder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ACME_BASE_URL: baseUrl must use https")
        .hasMessageContaining("allowPlainHttpTo(\"fakes\")");
  }

  @Test
  void aRealCallToTheOptedInHostCarriesTheCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());
    // "fakes" cannot be bound here, so the caller's OkHttpClient resolves it to the server's loopback.
    InetAddress serverAddress = server.getSocketAddress().getAddress();
    Dns fakesIsTheServer = host -> host.equals("fakes") ? List.of(serverAddress) : Dns.SYSTEM.lookup(host);
    OkHttpClient okHttp = new OkHttpClient.Builder().dns(fakesIsTheServer).build();

    try (TestClient client = TestClient.builder().apiKey("secret-key").allowPlainHttpTo("fakes")
        .baseUrl("http://fakes:" + server.getPort()).okHttpClient(okHttp).build()) {
      assertThat(client.get("a").body().id()).isEqualTo("a");
    } finally {
      okHttp.dispatcher().executorService().shutdown();
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("Host")).isEqualTo("fakes:" + server.getPort());
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo("secret-key");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/things/a");
  }

  @Test
  void plainHttpToANonLoopbackHostIsAWarningOncePerVendorAndHost() {
    // A host no other test uses: the warning is once per JVM, whichever test builds first.
    try (LogCapture logs = LogCapture.http()) {
      try (TestClient client = TestClient.builder().apiKey("secret-key").allowPlainHttpTo("warned.test")
          .baseUrl("http://warned.test:8080").build()) {
        client.withOptions(b -> b.readTimeout(Duration.ofSeconds(60))).close();
      }
      TestClient.builder().apiKey("secret-key").allowPlainHttpTo("warned.test")
          .baseUrl("http://WARNED.test:9090").build().close();
      TestClient.builder().apiKey("k").baseUrl("http://127.0.0.1:8080").build().close();
      TestClient.builder().apiKey("k").allowPlainHttpTo("quiet.test").build().close();

      assertThat(logs.lines()).filteredOn(line -> line.startsWith("WARNING")).singleElement().asString()
          .contains("acme client", "plain http to warned.test:8080", "allowPlainHttpTo(\"warned.test\")")
          .doesNotContain("secret-key");
    }
  }

  /** A builder with environment variables whose client is its configuration: build-time checks only. */
  static final class EnvBuilder extends ClientBuilder<EnvBuilder, ClientConfig> {
    private @Nullable String apiKey;

    EnvBuilder() {
      super("https://api.acme.test");
    }

    @Override
    protected List<Variable<EnvBuilder>> environment() {
      return List.of(
          Variable.required("ACME_API_KEY", "apiKey", EnvBuilder::apiKey), Variable.baseUrl("ACME_BASE_URL"));
    }

    EnvBuilder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    @Override
    protected ClientConfig newClient() {
      return buildConfig("acme", Credentials.header("x-api-key", apiKey, "apiKey"));
    }
  }
}
