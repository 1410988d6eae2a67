package dev.activecalls.talkover;

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
import org.junit.jupiter.params.provider.ValueSource;

/** Talkover's fields and parameters under the hostile cases the core guards against. */
class HostileInputTest {
  private static final String TOKEN = "talq_hostile_token_0123456789";
  private static final String AGENT = "agent-uuid";
  private static final String PHONE = "+15551234567";

  @StartStop final MockWebServer server = new MockWebServer();
  private TalkoverClient talkover;

  @BeforeEach
  void setUp() {
    talkover = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    talkover.close();
  }

  private void respond(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400000000", "1e10000000", "-3", "99999999999999999999"})
  void aDurationOutOfRangeIsADecodingFailureAtItsPath(String number) {
    String body = Fixtures.read("seed-004-active-call.json");
    assertThat(body).contains("\"duration_seconds\": 42");
    respond(200, body.replace("\"duration_seconds\": 42", "\"duration_seconds\": " + number));

    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
        () -> talkover.activeCalls().listByPhone(AGENT, PHONE));

    assertThat(e.jsonPath()).isEqualTo("$.data[0].duration_seconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "agent-\udfff", "agent-\ud83d"})
  void aLoneSurrogateInTheAgentIdIsRefusedBeforeAnyRequest(String agentId) {
    assertThatThrownBy(() -> talkover.activeCalls().findByPhone(agentId, PHONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agentId holds a lone surrogate");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1555123\ud800", "+1 555 \udfff 1234"})
  void aLoneSurrogateInThePhoneIsRefusedBeforeAnyRequest(String phone) {
    assertThatThrownBy(() -> talkover.activeCalls().findByPhone(AGENT, phone))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("phone");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aClosedClientSaysSoWithoutTouchingTheNetwork() {
    talkover.close();

    assertThatThrownBy(() -> talkover.activeCalls().findByPhone(AGENT, PHONE))
        .isInstanceOf(IllegalStateException.class).hasMessage("TalkoverClient is closed");
    assertThatThrownBy(() -> talkover.async().activeCalls().listByPhone(AGENT, PHONE).get())
        .isInstanceOf(ExecutionException.class).cause().hasMessage("TalkoverClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anEchoedTokenIsRedacted() {
    respond(401, "{\"success\":false,\"message\":\"Invalid token Bearer " + TOKEN + "\",\"code\":\"UNAUTHORIZED\"}");

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> talkover.activeCalls().findByPhone(AGENT, PHONE));

    assertThat(e.getMessage()).doesNotContain(TOKEN).contains("[redacted]");
    assertThat(e.body()).doesNotContain(TOKEN);
  }
}
