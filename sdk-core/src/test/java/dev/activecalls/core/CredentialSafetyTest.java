package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.testsupport.LogCapture;
import dev.activecalls.core.testsupport.RecordingSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialSafetyTest {
  private static final String SECRET = "sk_live_TOPSECRET_42";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private TestClient client() {
    return TestClient.builder().apiKey(SECRET).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
  }

  @Test
  void theSecretIsInNoToStringNoLogLineAndNoExceptionMessage() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"bad key\"}").build());
    Throwable failure;
    try (LogCapture logs = LogCapture.http(); TestClient client = client()) {
      failure = catchThrowable(() -> client.get("x"));

      assertThat(logs.lines()).hasSize(2);
      assertThat(logs.text()).doesNotContain(SECRET).doesNotContainIgnoringCase("x-api-key");
      assertThat(client.http.config().toString()).doesNotContain(SECRET).contains("x-api-key");
      assertThat(client.http.config().credentials().toString()).doesNotContain(SECRET);
    }
    assertThat(failure).hasMessageNotContaining(SECRET);
    assertThat(((dev.activecalls.core.errors.ApiException) failure).error().toString()).doesNotContain(SECRET);
  }

  @Test
  void bearerAndCombinedCredentialsAreRedactedToo() {
    Credentials both = Credentials.bearer(SECRET, "apiToken").and(Credentials.header("X-Auth-ID", "id-1", "authId"));
    Request.Builder request = new Request.Builder().url("https://example.com/");
    both.applyTo(request);

    assertThat(request.build().header("Authorization")).isEqualTo("Bearer " + SECRET);
    assertThat(request.build().header("X-Auth-ID")).isEqualTo("id-1");
    assertThat(both.toString()).doesNotContain(SECRET).doesNotContain("id-1").contains("Authorization");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc\r\nX-Evil: 1", "abc\n", "ab\u0000c", "tab\there", "del\u007f", "é-unicode"})
  void secretsThatCannotBeAHeaderValueAreRefusedWithoutEchoingThem(String bad) {
    assertThatThrownBy(() -> Credentials.header("x-api-key", bad, "apiKey"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey must")
        .hasMessageNotContaining(bad);
  }

  @Test
  void missingBlankOrSpacedSecretsNameTheParameter() {
    assertThatThrownBy(() -> Credentials.header("x-api-key", null, "apiKey")).hasMessage("apiKey is required");
    assertThatThrownBy(() -> Credentials.header("x-api-key", "  ", "apiKey")).hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> Credentials.bearer("talq_ x", "apiToken")).hasMessage("apiToken must not contain spaces");
    assertThatThrownBy(() -> TestClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey is required");
  }

  @Test
  void credentialsAreNotSentToAnotherOriginAfterARedirect() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", elsewhere.url("/stolen").toString()).build());
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"moved\"}").build());

    try (TestClient client = client()) {
      assertThat(client.get("x").body().id()).isEqualTo("moved");
    }

    assertThat(server.takeRequest().getHeaders().get("x-api-key")).isEqualTo(SECRET);
    RecordedRequest redirected = elsewhere.takeRequest();
    assertThat(redirected.getUrl().encodedPath()).isEqualTo("/stolen");
    assertThat(redirected.getHeaders().get("x-api-key")).isNull();
    assertThat(redirected.getHeaders().toString()).doesNotContain(SECRET);
  }

  @Test
  void credentialsFollowARedirectWithinTheSameOrigin() throws Exception {
    server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/things/moved").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"moved\"}").build());

    try (TestClient client = client()) {
      client.get("x");
    }

    server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().encodedPath()).isEqualTo("/things/moved");
    assertThat(second.getHeaders().get("x-api-key")).isEqualTo(SECRET);
  }

  @Test
  void aRequestOptionHeaderCannotReplaceTheCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"a\"}").build());

    try (TestClient client = client()) {
      client.http.execute(TestClient.thing("a"),
          RequestOptions.builder().header("x-api-key", "other").header("X-Trace", "t-1").build());
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().values("x-api-key")).containsExactly(SECRET);
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }
}
