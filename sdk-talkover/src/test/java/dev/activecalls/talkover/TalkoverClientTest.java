package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TalkoverClientTest {
  private static final String TOKEN = "talq_secret_abc123";
  private static final String EMPTY = "{\"success\": true, \"data\": []}";

  @StartStop final MockWebServer server = new MockWebServer();

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private void enqueueEmpty() {
    server.enqueue(new MockResponse.Builder().code(200).body(EMPTY).build());
  }

  @Test
  void missingTokenIsNamed() {
    assertThatThrownBy(() -> TalkoverClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiToken is required");
  }

  @Test
  void blankTokenIsRefused() {
    assertThatThrownBy(() -> TalkoverClient.builder().apiToken("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiToken must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer talq_secret_abc123", "bearer talq_secret_abc123", " BEARER talq_secret_abc123"})
  void tokenWithTheBearerPrefixIsRefusedWithAHint(String token) {
    assertThatThrownBy(() -> TalkoverClient.builder().apiToken(token).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiToken must be the token alone, without the 'Bearer ' prefix (the client adds it)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"talq_secret abc123", "talq_secret_abc123\r\nX-Evil: 1", "talq_secret_äbc"})
  void tokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt(String token) {
    assertThatThrownBy(() -> TalkoverClient.builder().apiToken(token).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiToken must")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void plainHttpToARemoteHostIsRefused() {
    assertThatThrownBy(() -> TalkoverClient.builder().apiToken(TOKEN).baseUrl("http://app.talkover.ai").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl must use https");
  }

  @Test
  void defaultsToTalkoversProductionUrlAndToStringHidesTheToken() {
    try (TalkoverClient client = TalkoverClient.builder().apiToken(TOKEN).build()) {
      assertThat(TalkoverClient.DEFAULT_BASE_URL).isEqualTo("https://app.talkover.ai");
      assertThat(client.toString())
          .isEqualTo("TalkoverClient{baseUrl=https://app.talkover.ai/}")
          .doesNotContain(TOKEN)
          .doesNotContain("talq_");
      assertThat(client.activeCalls()).isSameAs(client.activeCalls());
    }
  }

  @Test
  void fromEnvReadsTokenAndBaseUrl() throws Exception {
    enqueueEmpty();
    Map<String, String> env = Map.of(
        "TALKOVER_API_TOKEN", " " + TOKEN + "\n",
        "TALKOVER_BASE_URL", server.url("/").toString());

    try (TalkoverClient client = TalkoverClient.builder().fromEnv(env::get).build()) {
      assertThat(client.activeCalls().listByPhone("agent-uuid", "+15551234567")).isEmpty();
    }

    RecordedRequest request = take();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getTarget()).isEqualTo("/api/v1/agents/agent-uuid/active-call/%2B15551234567");
  }

  @Test
  void fromEnvWithoutBaseUrlUsesProduction() {
    try (TalkoverClient client = TalkoverClient.builder().fromEnv(Map.of("TALKOVER_API_TOKEN", TOKEN)::get).build()) {
      assertThat(client.toString()).contains("baseUrl=https://app.talkover.ai/");
    }
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(Map.<String, String>of()::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environment variable TALKOVER_API_TOKEN is not set");
    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(Map.of("TALKOVER_API_TOKEN", " ")::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environment variable TALKOVER_API_TOKEN is not set");
  }

  @Test
  void fromEnvRefusesAnInsecureBaseUrl() {
    Map<String, String> env = Map.of("TALKOVER_API_TOKEN", TOKEN, "TALKOVER_BASE_URL", "http://example.com");

    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void baseUrlWithAPathPrefixIsKept() throws Exception {
    enqueueEmpty();

    try (TalkoverClient client = TalkoverClient.builder().apiToken(TOKEN)
        .baseUrl(server.url("/proxy/talkover/").toString()).sleeper(new RecordingSleeper()).build()) {
      client.activeCalls().listByPhone("agent-uuid", "+15551234567");
    }

    assertThat(take().getTarget()).isEqualTo("/proxy/talkover/api/v1/agents/agent-uuid/active-call/%2B15551234567");
  }

  @Test
  void twoClientsWithDifferentTokensSideBySide() throws Exception {
    enqueueEmpty();
    enqueueEmpty();

    try (TalkoverClient first = TalkoverClient.builder().apiToken("talq_first").baseUrl(server.url("/").toString()).build();
        TalkoverClient second = TalkoverClient.builder().apiToken("talq_second").baseUrl(server.url("/").toString()).build()) {
      first.activeCalls().listByPhone("a1", "+15551234567");
      second.activeCalls().listByPhone("a2", "+15551234567");
    }

    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer talq_first");
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer talq_second");
  }

  @Test
  void aSharedOkHttpClientIsUsedAndNotShutDownByClose() throws Exception {
    enqueueEmpty();
    OkHttpClient shared = new OkHttpClient();

    try (TalkoverClient client = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .okHttpClient(shared).build()) {
      client.activeCalls().listByPhone("agent-uuid", "+15551234567");
    }

    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(shared.connectionPool().connectionCount()).isPositive(); // the SDK used the shared pool
    shared.dispatcher().executorService().shutdown();
    shared.connectionPool().evictAll();
  }

  @Test
  void aVariantMadeWithOptionsKeepsTheTokenAndSharesThePool() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
        .body(Fixtures.read("seed-004-active-call.json")).build());
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
        .body(Fixtures.read("seed-004-active-call.json")).build());
    try (TalkoverClient talkover = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).build();
        TalkoverClient quick = talkover.withOptions(b -> b.maxRetries(0).header("X-Dialer", "d-1"))) {
      talkover.activeCalls().listByPhone("agent-1", "+15551234567");
      assertThat(quick.activeCalls().listByPhone("agent-1", "+15551234567")).hasSize(1);
    }
    mockwebserver3.RecordedRequest first = server.takeRequest();
    mockwebserver3.RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(second.getHeaders().get("X-Dialer")).isEqualTo("d-1");
    assertThat(second.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }

  @Test
  void fromEnvNamesTheVariableInEveryRefusal() {
    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(Map.of("TALKOVER_API_TOKEN", "Bearer talq_x")::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALKOVER_API_TOKEN: apiToken must be the token alone");
    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(Map.of("TALKOVER_API_TOKEN", "talq_\u0007")::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALKOVER_API_TOKEN must not contain control characters");
    assertThatThrownBy(() -> TalkoverClient.builder().fromEnv(
            Map.of("TALKOVER_API_TOKEN", TOKEN, "TALKOVER_BASE_URL", "http://example.com")::get).build())
        .hasMessageStartingWith("TALKOVER_BASE_URL: baseUrl must use https");
  }
}
