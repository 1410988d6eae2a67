package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VobizClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void authIdIsRequired() {
    assertThatThrownBy(() -> VobizClient.builder().authToken(AUTH_TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("authId is required");
  }

  @Test
  void authTokenIsRequired() {
    assertThatThrownBy(() -> VobizClient.builder().authId(AUTH_ID).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("authToken is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankCredentialsAreRejectedByName(String blank) {
    assertThatThrownBy(() -> VobizClient.builder().authId(blank).authToken(AUTH_TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("authId must not be blank");
    assertThatThrownBy(() -> VobizClient.builder().authId(AUTH_ID).authToken(blank).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("authToken must not be blank");
  }

  @Test
  void headerInjectionInTheTokenIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> VobizClient.builder().authId(AUTH_ID).authToken("tok\r\nX-Evil: 1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("authToken must not contain control characters")
        .hasMessageNotContaining("Evil");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void authIdThatWouldChangeThePathIsRejected(String authId) {
    assertThatThrownBy(() -> VobizClient.builder().authId(authId).authToken(AUTH_TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authId must not be");
  }

  @Test
  void timestampZoneMustNotBeNull() {
    assertThatThrownBy(() -> VobizClient.builder().timestampZone(null))
        .isInstanceOf(NullPointerException.class).hasMessage("timestampZone");
  }

  @Test
  void plainHttpToANonLoopbackHostIsRefused() {
    assertThatThrownBy(() -> VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
            .baseUrl("http://api.vobiz.ai").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must use https");
  }

  @Test
  void defaultBaseUrlIsVobizProduction() {
    // An application interceptor answers before the network, so nothing leaves the machine.
    List<Request> seen = new CopyOnWriteArrayList<>();
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
        .addInterceptor(chain -> {
          seen.add(chain.request());
          return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
              .code(200).message("OK")
              .body(ResponseBody.create("{\"calls\":[]}", MediaType.get("application/json"))).build();
        })
        .build()) {
      assertThat(vobiz.liveCalls().list().callUuids()).isEmpty();
      assertThat(vobiz.toString()).contains("baseUrl=https://api.vobiz.ai/");
    }
    assertThat(seen).singleElement().satisfies(request -> assertThat(request.url().toString())
        .isEqualTo("https://api.vobiz.ai/api/v1/Account/" + AUTH_ID + "/Call/?status=live"));
  }

  @Test
  void baseUrlWithAPathPrefixKeepsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"calls\":[]}").build());
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
        .baseUrl(server.url("/proxy/vobiz/").toString()).build()) {
      vobiz.liveCalls().list();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/proxy/vobiz/api/v1/Account/" + AUTH_ID + "/Call/?status=live");
  }

  @Test
  void fromEnvReadsTheThreeVariables() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"api_id\":\"a\",\"calls\":[\"c-1\"]}").build());
    Map<String, String> env = Map.of(
        "VOBIZ_AUTH_ID", AUTH_ID,
        "VOBIZ_AUTH_TOKEN", AUTH_TOKEN,
        "VOBIZ_BASE_URL", server.url("/").toString());

    try (VobizClient vobiz = VobizClient.builder().fromEnv(env::get).build()) {
      assertThat(vobiz.liveCalls().list().callUuids()).containsExactly("c-1");
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Auth-ID")).isEqualTo(AUTH_ID);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(AUTH_TOKEN);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/Account/" + AUTH_ID + "/Call/");
  }

  @Test
  void fromEnvWithoutBaseUrlUsesProduction() {
    try (VobizClient vobiz = VobizClient.builder().fromEnv(Map.of("VOBIZ_AUTH_ID", AUTH_ID,
        "VOBIZ_AUTH_TOKEN", AUTH_TOKEN)::get).build()) {
      assertThat(vobiz.toString()).contains("https://api.vobiz.ai/");
    }
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(() -> VobizClient.builder().fromEnv(Map.of("VOBIZ_AUTH_TOKEN", AUTH_TOKEN)::get).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Environment variable VOBIZ_AUTH_ID is not set");
    assertThatThrownBy(() -> VobizClient.builder().fromEnv(Map.of("VOBIZ_AUTH_ID", AUTH_ID, "VOBIZ_AUTH_TOKEN", " ")::get).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Environment variable VOBIZ_AUTH_TOKEN is not set");
  }

  @Test
  void toStringNeverShowsTheToken() {
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN).build()) {
      assertThat(vobiz.toString())
          .isEqualTo("VobizClient{baseUrl=https://api.vobiz.ai/, authId=" + AUTH_ID + ", timestampZone=Z}")
          .doesNotContain(AUTH_TOKEN);
      assertThat(vobiz.liveCalls().toString()).doesNotContain(AUTH_TOKEN);
    }
  }

  @Test
  void twoClientsWithDifferentCredentialsLiveSideBySide() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"calls\":[]}").build());
    server.enqueue(new MockResponse.Builder().body("{\"calls\":[]}").build());
    try (VobizClient first = VobizClient.builder().authId("MA_ONE").authToken("tok-1")
            .baseUrl(server.url("/").toString()).sleeper(new RecordingSleeper()).build();
        VobizClient second = VobizClient.builder().authId("MA_TWO").authToken("tok-2")
            .baseUrl(server.url("/").toString()).sleeper(new RecordingSleeper()).build()) {
      first.liveCalls().list();
      second.liveCalls().list();
    }
    RecordedRequest one = server.takeRequest();
    RecordedRequest two = server.takeRequest();
    assertThat(one.getTarget()).isEqualTo("/api/v1/Account/MA_ONE/Call/?status=live");
    assertThat(one.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
    assertThat(two.getTarget()).isEqualTo("/api/v1/Account/MA_TWO/Call/?status=live");
    assertThat(two.getHeaders().get("X-Auth-Token")).isEqualTo("tok-2");
  }

  @Test
  void liveCallsIsOneSharedService() {
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN).build()) {
      assertThat(vobiz.liveCalls()).isSameAs(vobiz.liveCalls());
      assertThat(vobiz.liveCalls().withRawResponse()).isSameAs(vobiz.liveCalls().withRawResponse());
    }
  }

  @Test
  void aVariantMadeWithOptionsKeepsTheAccountAndSharesThePool() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
        .body(Fixtures.read("current-live-call.json")).build());
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
        .body(Fixtures.read("current-live-call.json")).build());
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(Fixtures.AUTH_TOKEN)
            .timestampZone(java.time.ZoneId.of("Asia/Kolkata")).baseUrl(server.url("/").toString()).build();
        VobizClient quick = vobiz.withOptions(b -> b.maxRetries(0))) {
      LiveCall viaBase = vobiz.liveCalls().get(Fixtures.CURRENT_UUID);
      LiveCall viaVariant = quick.liveCalls().get(Fixtures.CURRENT_UUID);
      assertThat(viaVariant).as("same zone for zone-less timestamps").isEqualTo(viaBase);
      assertThat(quick.toString()).contains("authId=" + AUTH_ID).contains("Asia/Kolkata")
          .doesNotContain(Fixtures.AUTH_TOKEN);
    }
    mockwebserver3.RecordedRequest first = server.takeRequest();
    mockwebserver3.RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().encodedPath()).isEqualTo(first.getUrl().encodedPath());
    assertThat(second.getHeaders().get("X-Auth-Token")).isEqualTo(Fixtures.AUTH_TOKEN);
    assertThat(second.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
  }

  @Test
  void fromEnvNamesTheVariableInEveryRefusal() {
    assertThatThrownBy(() -> VobizClient.builder().fromEnv(
            Map.of("VOBIZ_AUTH_ID", "..", "VOBIZ_AUTH_TOKEN", Fixtures.AUTH_TOKEN)::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("VOBIZ_AUTH_ID: authId must not be '..'");
    assertThatThrownBy(() -> VobizClient.builder().fromEnv(
            Map.of("VOBIZ_AUTH_ID", AUTH_ID, "VOBIZ_AUTH_TOKEN", "tok\u0000")::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("VOBIZ_AUTH_TOKEN must not contain control characters");
    assertThatThrownBy(() -> VobizClient.builder().fromEnv(Map.of("VOBIZ_AUTH_ID", AUTH_ID,
            "VOBIZ_AUTH_TOKEN", Fixtures.AUTH_TOKEN, "VOBIZ_BASE_URL", "http://vobiz.example.com")::get).build())
        .hasMessageStartingWith("VOBIZ_BASE_URL: baseUrl must use https");
  }
}
