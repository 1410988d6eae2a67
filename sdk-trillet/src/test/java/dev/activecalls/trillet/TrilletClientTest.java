package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.API_KEY;
import static dev.activecalls.trillet.Fixtures.WORKSPACE_ID;
import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.testsupport.LogCapture;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dns;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Building the client: credentials, environment, base URL, secrets kept out of sight. */
class TrilletClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void apiKeyIsRequired() {
    assertThatThrownBy(() -> TrilletClient.builder().workspaceId(WORKSPACE_ID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey is required");
  }

  @Test
  void workspaceIdIsRequired() {
    assertThatThrownBy(() -> TrilletClient.builder().apiKey(API_KEY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workspaceId is required");
  }

  @Test
  void blankOrBrokenCredentialsAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> TrilletClient.builder().apiKey("  ").workspaceId(WORKSPACE_ID).build())
        .hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> TrilletClient.builder().apiKey("key\r\nX-Evil: 1").workspaceId(WORKSPACE_ID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey must not contain control characters")
        .hasMessageNotContaining("X-Evil");
    assertThatThrownBy(() -> TrilletClient.builder().apiKey(API_KEY).workspaceId("").build())
        .hasMessage("workspaceId must not be blank");
  }

  @Test
  void plainHttpToAnotherHostIsRefused() {
    assertThatThrownBy(() -> TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID)
            .baseUrl("http://api.trillet.ai").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void defaultBaseUrlIsTrilletsApi() throws Exception {
    AtomicReference<Request> seen = new AtomicReference<>();
    // Answer inside an application interceptor: nothing leaves the machine.
    try (TrilletClient client = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID)
        .addInterceptor(chain -> {
          seen.set(chain.request());
          return new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(ResponseBody.create(fixture("list-seed.json"), MediaType.get("application/json")))
              .build();
        })
        .build()) {
      assertThat(client.activeCalls().list().count()).isEqualTo(1);
    }

    assertThat(seen.get().url().toString()).isEqualTo("https://api.trillet.ai/v2/api/active-calls");
    assertThat(TrilletClient.DEFAULT_BASE_URL).isEqualTo("https://api.trillet.ai");
  }

  @Test
  void toStringShowsNoSecrets() {
    try (TrilletClient client = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID).build()) {
      assertThat(client.toString())
          .isEqualTo("TrilletClient{baseUrl=https://api.trillet.ai/}")
          .doesNotContain(API_KEY, WORKSPACE_ID);
      assertThat(client.activeCalls().toString()).doesNotContain(API_KEY, WORKSPACE_ID);
    }
  }

  @Test
  void fromEnvReadsTheThreeVariables() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    Map<String, String> env = Map.of(
        "TRILLET_API_KEY", "env-key",
        "TRILLET_WORKSPACE_ID", " env-ws ",
        "TRILLET_BASE_URL", server.url("/").toString());

    try (TrilletClient client = TrilletClient.builder().fromEnv(env::get).build()) {
      client.activeCalls().list();
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo("env-key");
    assertThat(request.getHeaders().get("x-workspace-id")).isEqualTo("env-ws");
  }

  @Test
  void fromEnvOnTheBuilderMixesWithOtherSettingsAndALaterValueWins() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    Map<String, String> env = Map.of(
        "TRILLET_API_KEY", "env-key",
        "TRILLET_WORKSPACE_ID", "env-ws",
        "TRILLET_BASE_URL", "https://api.trillet.ai");

    try (TrilletClient client = TrilletClient.builder()
        .fromEnv(env::get)
        .workspaceId("explicit-ws")                     // set after fromEnv: wins
        .baseUrl(server.url("/").toString())
        .header("X-App", "wallboard")
        .build()) {
      client.activeCalls().list();
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo("env-key");
    assertThat(request.getHeaders().get("x-workspace-id")).isEqualTo("explicit-ws");
    assertThat(request.getHeaders().get("X-App")).isEqualTo("wallboard");
  }

  @Test
  void fromEnvWithoutBaseUrlUsesTheDefault() {
    Map<String, String> env = Map.of("TRILLET_API_KEY", "k", "TRILLET_WORKSPACE_ID", "w", "TRILLET_BASE_URL", "");
    try (TrilletClient client = TrilletClient.builder().fromEnv(env::get).build()) {
      assertThat(client.toString()).contains("https://api.trillet.ai");
    }
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("TRILLET_WORKSPACE_ID", "w");
    assertThatThrownBy(() -> TrilletClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environment variable TRILLET_API_KEY is not set");

    env.put("TRILLET_API_KEY", "k");
    env.remove("TRILLET_WORKSPACE_ID");
    assertThatThrownBy(() -> TrilletClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Environment variable TRILLET_WORKSPACE_ID is not set");
  }

  @Test
  void fromEnvNamesTheInvalidVariable() {
    Map<String, String> env = new HashMap<>(Map.of("TRILLET_API_KEY", "k\u0007", "TRILLET_WORKSPACE_ID", "w"));
    assertThatThrownBy(() -> TrilletClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TRILLET_API_KEY must not contain control characters");

    env.put("TRILLET_API_KEY", "k");
    env.put("TRILLET_BASE_URL", "http://trillet.example.com");
    assertThatThrownBy(() -> TrilletClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TRILLET_BASE_URL: baseUrl must use https");
  }

  @Test
  void plainHttpToAFakeInAContainerFromEnvNeedsTheOptInNamingItsHost() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    Map<String, String> env = Map.of("TRILLET_API_KEY", API_KEY, "TRILLET_WORKSPACE_ID", WORKSPACE_ID,
        "TRILLET_BASE_URL", "http://fakes:" + server.getPort());
    assertThatThrownBy(() -> TrilletClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TRILLET_BASE_URL: baseUrl must use https")
        .hasMessageContaining("allowPlainHttpTo(\"fakes\")");
    // "fakes" cannot be bound here, so the caller's OkHttpClient resolves it to the server's loopback.
    InetAddress serverAddress = server.getSocketAddress().getAddress();
    OkHttpClient fakesIsTheServer = new OkHttpClient.Builder()
        .dns(host -> host.equals("fakes") ? List.of(serverAddress) : Dns.SYSTEM.lookup(host))
        .build();

    try (TrilletClient trillet = TrilletClient.builder().allowPlainHttpTo("fakes").fromEnv(env::get)
        .okHttpClient(fakesIsTheServer).build()) {
      assertThat(trillet.activeCalls().list().count()).isEqualTo(1);
    } finally {
      fakesIsTheServer.dispatcher().executorService().shutdown();
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("Host")).isEqualTo("fakes:" + server.getPort());
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("x-workspace-id")).isEqualTo(WORKSPACE_ID);
  }

  @Test
  void readmeShowsThePlainHttpOptIn() {
    String apiKey = API_KEY;
    String workspaceId = WORKSPACE_ID;
    // README:trillet-plain-http-opt-in:start
    TrilletClient trillet = TrilletClient.builder()
        .apiKey(apiKey)
        .workspaceId(workspaceId)
        .baseUrl("http://fakes:8080")                  // a fake in another container, not loopback
        .allowPlainHttpTo("fakes")                     // this host only; credentials go unencrypted
        .build();
    // README:trillet-plain-http-opt-in:end
    try (trillet) {
      assertThat(trillet.toString()).isEqualTo("TrilletClient{baseUrl=http://fakes:8080/}");
    }
    ReadmeSnippets.assertInReadme(
        "src/test/java/dev/activecalls/trillet/TrilletClientTest.java", "trillet-plain-http-opt-in");
  }

  @Test
  void suppliedOkHttpClientStillGetsCredentialsAndIsNotShutDown() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("list-seed.json")));

    try (TrilletClient client = Fixtures.builder(server, new RecordingSleeper()).okHttpClient(shared).build()) {
      client.activeCalls().list();
    }
    // Closing the SDK client must leave the caller's client usable.
    try (TrilletClient again = Fixtures.builder(server, new RecordingSleeper()).okHttpClient(shared).build()) {
      assertThat(again.async().activeCalls().list().get(5, TimeUnit.SECONDS).count()).isEqualTo(1);
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("x-workspace-id")).isEqualTo(WORKSPACE_ID);
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    shared.dispatcher().executorService().shutdown();
  }

  @Test
  void twoClientsKeepTheirOwnCredentials() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("list-seed.json")));
    String url = server.url("/").toString();

    try (TrilletClient a = TrilletClient.builder().apiKey("key-a").workspaceId("ws-a").baseUrl(url).build();
        TrilletClient b = TrilletClient.builder().apiKey("key-b").workspaceId("ws-b").baseUrl(url).build()) {
      a.activeCalls().list();
      b.activeCalls().list();
    }

    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getHeaders().get("x-api-key")).isEqualTo("key-a");
    assertThat(first.getHeaders().get("x-workspace-id")).isEqualTo("ws-a");
    assertThat(second.getHeaders().get("x-api-key")).isEqualTo("key-b");
    assertThat(second.getHeaders().get("x-workspace-id")).isEqualTo("ws-b");
  }

  @Test
  void logsNameTheRequestButNeverTheCredentials() {
    server.enqueue(Fixtures.json(401, "{\"message\":\"Invalid API key\"}"));
    try (LogCapture logs = LogCapture.http();
        TrilletClient client = Fixtures.client(server, new RecordingSleeper())) {
      assertThatThrownBy(() -> client.activeCalls().get("call-abc123"))
          .hasMessageNotContaining(API_KEY)
          .hasMessageNotContaining(WORKSPACE_ID);

      assertThat(logs.text()).contains("GET /v2/api/active-calls/call-abc123 -> 401");
      assertThat(logs.text()).doesNotContain(API_KEY, WORKSPACE_ID);
    }
  }

  @Test
  void activeCallsIsOneSharedService() {
    try (TrilletClient client = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID).build()) {
      assertThat(client.activeCalls()).isSameAs(client.activeCalls());
      assertThat(client.activeCalls().withRawResponse()).isSameAs(client.activeCalls().withRawResponse());
    }
  }

  @Test
  void aVariantMadeWithOptionsKeepsTheCredentialsAndSharesThePool() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("list-seed.json")));
    try (TrilletClient trillet = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID)
            .baseUrl(server.url("/").toString()).build();
        TrilletClient patient = trillet.withOptions(b -> b.readTimeout(java.time.Duration.ofSeconds(60))
            .header("X-Report", "nightly"))) {
      trillet.activeCalls().list();
      assertThat(patient.activeCalls().list().count()).isEqualTo(1);
      assertThat(patient).hasToString(trillet.toString());
    }
    mockwebserver3.RecordedRequest first = server.takeRequest();
    mockwebserver3.RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(second.getHeaders().get("x-workspace-id")).isEqualTo(WORKSPACE_ID);
    assertThat(second.getHeaders().get("X-Report")).isEqualTo("nightly");
    assertThat(first.getHeaders().get("X-Report")).isNull();
    assertThat(second.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }
}
