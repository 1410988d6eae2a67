package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static dev.activecalls.vobiz.Fixtures.LEGACY_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vobiz's fields and parameters under the hostile cases the core guards against. */
class HostileInputTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private VobizClient vobiz;

  @BeforeEach
  void setUp() {
    vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    vobiz.close();
  }

  private void respond(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"call_duration\": 180|\"call_duration\": 1e400000000|$.calls[0].call_duration",
      "\"bill_duration\": null|\"bill_duration\": 1e10000000|$.calls[0].bill_duration",
      "\"billed_duration\": null|\"billed_duration\": -5|$.calls[0].billed_duration",
      "\"total_amount\": null|\"total_amount\": 1e400000000|$.calls[0].total_amount",
      "\"total_rate\": null|\"total_rate\": \"1e-400000000\"|$.calls[0].total_rate"})
  void aNumberOutOfRangeIsADecodingFailureAtItsPath(String field, String hostile, String path) {
    String body = Fixtures.read("legacy-live-call.json");
    assertThat(body).contains(field);
    respond(200, body.replace(field, hostile));

    ResponseDecodingException e =
        catchThrowableOfType(ResponseDecodingException.class, () -> vobiz.liveCalls().get(LEGACY_UUID));

    assertThat(e.jsonPath()).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "97ceeb52-\udfff", "uuid-\ud83d"})
  void aLoneSurrogateInTheCallUuidIsRefusedBeforeAnyRequest(String callUuid) {
    assertThatThrownBy(() -> vobiz.liveCalls().get(callUuid))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("callUuid holds a lone surrogate");
    assertThatThrownBy(() -> vobiz.liveCalls().find(callUuid))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("callUuid");
    assertThatThrownBy(() -> VobizClient.builder().authId("MA\ud800").authToken(AUTH_TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aClosedClientSaysSoWithoutTouchingTheNetwork() {
    vobiz.close();

    assertThatThrownBy(() -> vobiz.liveCalls().get(LEGACY_UUID))
        .isInstanceOf(IllegalStateException.class).hasMessage("VobizClient is closed");
    assertThatThrownBy(() -> vobiz.async().liveCalls().list().get())
        .isInstanceOf(ExecutionException.class).cause().hasMessage("VobizClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anEchoedAuthTokenIsRedactedButTheAuthIdIsNot() {
    respond(401, "{\"status\":\"error\",\"error\":{\"code\":\"401\",\"message\":\"bad token " + AUTH_TOKEN
        + " for " + AUTH_ID + "\"}}");

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> vobiz.liveCalls().get(LEGACY_UUID));

    assertThat(e.getMessage()).doesNotContain(AUTH_TOKEN).contains("[redacted]").contains(AUTH_ID);
    assertThat(e.body()).doesNotContain(AUTH_TOKEN);
  }
}
