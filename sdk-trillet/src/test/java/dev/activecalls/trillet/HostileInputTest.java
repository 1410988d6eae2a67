package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.API_KEY;
import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.json;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trillet's fields and parameters under the hostile cases the core guards against. */
class HostileInputTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private TrilletClient trillet;

  @BeforeEach
  void setUp() {
    trillet = Fixtures.builder(server, new RecordingSleeper()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    trillet.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400000000", "1e10000000", "-1", "99999999999999999999"})
  void aDurationOutOfRangeIsADecodingFailureAtItsPath(String number) {
    server.enqueue(ok(fixture("list-seed.json").replace("\"duration\": 145", "\"duration\": " + number)));

    ResponseDecodingException e =
        catchThrowableOfType(ResponseDecodingException.class, () -> trillet.activeCalls().list());

    assertThat(e.jsonPath()).isEqualTo("$.data[0].duration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "call-\udc00", "call-\ud83d"})
  void aLoneSurrogateInTheRoomNameIsRefusedBeforeAnyRequest(String roomName) {
    assertThatThrownBy(() -> trillet.activeCalls().get(roomName))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("roomName holds a lone surrogate");
    assertThatThrownBy(() -> new GetActiveCallRequest(roomName))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("roomName");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aClosedClientSaysSoWithoutTouchingTheNetwork() {
    trillet.close();

    assertThatThrownBy(() -> trillet.activeCalls().list())
        .isInstanceOf(IllegalStateException.class).hasMessage("TrilletClient is closed");
    assertThatThrownBy(() -> trillet.async().activeCalls().list().get())
        .isInstanceOf(ExecutionException.class).cause().hasMessage("TrilletClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anEchoedApiKeyIsRedactedButTheWorkspaceIdIsNot() {
    server.enqueue(json(401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key " + API_KEY
        + " for workspace " + Fixtures.WORKSPACE_ID + "\"}}"));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> trillet.activeCalls().list());

    assertThat(e.getMessage()).doesNotContain(API_KEY).contains("[redacted]").contains(Fixtures.WORKSPACE_ID);
    assertThat(e.body()).doesNotContain(API_KEY);
  }
}
