package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @ParameterizedTest
  @ValueSource(strings = {
      "http://api.acme.test", "http://10.0.0.5:8080", "http://192.168.1.1", "http://128.0.0.1",
      "http://1.127.0.0", "http://[::2]", "http://localhost.evil.com",
      "http://127.0.0.1.nip.io", "ftp://localhost", "not a url", "", "https://user:pw@api.acme.test",
      "https://api.acme.test/?q=1", "https://api.acme.test/#frag"})
  void refusesBaseUrlsThatCouldLeakCredentials(String url) {
    assertThatThrownBy(() -> TestClient.builder().apiKey("k").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://api.acme.test", "https://api.acme.test/prefix/", "http://localhost:1234",
      "http://127.0.0.1:8080/", "http://127.9.9.9", "http://[::1]:9000", "HTTPS://API.ACME.TEST"})
  void acceptsHttpsAndPlainHttpToLoopback(String url) {
    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(url).build()) {
      assertThat(client.http.config().baseUrl().toString()).isNotEmpty();
    }
  }

  @Test
  void aBaseUrlPathPrefixIsKeptAndATrailingSlashDoesNotDoubleIt() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());

    try (TestClient a = TestClient.builder().apiKey("k").baseUrl(server.url("/proxy/acme/").toString()).build();
        TestClient b = TestClient.builder().apiKey("k").baseUrl(server.url("/proxy/acme").toString()).build()) {
      a.get("x");
      b.get("x");
    }

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/proxy/acme/things/x");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/proxy/acme/things/x");
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    try (TestClient client = TestClient.builder().apiKey("k").build()) {
      ClientConfig config = client.http.config();
      assertThat(config.baseUrl().toString()).isEqualTo("https://api.acme.test/");
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(config.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(config.callTimeout()).isNull(); // none, as in OkHttp
      assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
      assertThat(config.sleeper()).isSameAs(Sleeper.system());
    }
  }

  @Test
  void settersValidateAndNameTheirParameter() {
    TestClient.Builder builder = TestClient.builder();
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO)).hasMessageStartingWith("connectTimeout");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ofSeconds(-1))).hasMessageStartingWith("readTimeout");
    assertThatThrownBy(() -> builder.writeTimeout(Duration.ZERO)).hasMessageStartingWith("writeTimeout");
    assertThatThrownBy(() -> builder.callTimeout(Duration.ZERO)).hasMessageStartingWith("callTimeout");
    assertThatThrownBy(() -> builder.maxRetries(11)).hasMessageStartingWith("maxRetries");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessageStartingWith("timeout");
  }

  @Test
  void maxRetriesKeepsTheRestOfThePolicy() {
    RetryPolicy custom = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).build();
    try (TestClient client = TestClient.builder().apiKey("k").retryPolicy(custom).maxRetries(5).build()) {
      assertThat(client.http.config().retryPolicy().maxRetries()).isEqualTo(5);
      assertThat(client.http.config().retryPolicy().initialBackoff()).isEqualTo(Duration.ofMillis(100));
    }
  }

  @Test
  void userAgentNamesTheSdkVersionVendorAndJava() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":\"a\"}").build());

    try (TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString()).build()) {
      client.get("a");
    }

    assertThat(server.takeRequest().getHeaders().get("User-Agent"))
        .isEqualTo("activecalls-java/0.1.0-SNAPSHOT acme Java/" + Runtime.version());
  }
}
