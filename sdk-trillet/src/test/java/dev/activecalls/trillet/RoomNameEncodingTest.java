package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Room names go out as exactly one path segment that decodes back to the name; bad ones never go out. */
class RoomNameEncodingTest {
  /** 256 bytes: LiveKit's longest room name. 2-byte characters so bytes, not chars, are counted. */
  static final String NAME_256_BYTES = "é".repeat(128);
  static final String NAME_257_BYTES = "é".repeat(128) + "x";

  @StartStop final MockWebServer server = new MockWebServer();
  private TrilletClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private ActiveCallsService calls() {
    if (client == null) {
      client = Fixtures.client(server, new RecordingSleeper());
    }
    return client.activeCalls();
  }

  private ActiveCallsServiceAsync asyncCalls() {
    calls();
    return client.async().activeCalls();
  }

  static Stream<Arguments> roomNames() {
    return Stream.of(
        Arguments.of("call-abc123", "call-abc123"),
        Arguments.of("web-genericAgent-call1234", "web-genericAgent-call1234"),
        Arguments.of("call-_+14155551234_AbC123", "call-_%2B14155551234_AbC123"),
        Arguments.of("room with space", "room%20with%20space"),
        Arguments.of("a/b", "a%2Fb"),
        Arguments.of("50%", "50%25"),
        Arguments.of("appel-été", "appel-%C3%A9t%C3%A9"),
        Arguments.of("q?x=1#frag", "q%3Fx%3D1%23frag"),
        Arguments.of("...", "..."),
        Arguments.of(NAME_256_BYTES, "%C3%A9".repeat(128)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("roomNames")
  void roomNameIsOneSegmentThatDecodesBack(String roomName, String encoded) throws Exception {
    server.enqueue(ok(fixture("details-seed.json")));

    calls().get(roomName);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls/" + encoded);
    HttpUrl url = request.getUrl();
    assertThat(url.pathSegments()).hasSize(4);
    assertThat(url.pathSegments().subList(0, 3)).containsExactly("v2", "api", "active-calls");
    assertThat(url.pathSegments().get(3)).isEqualTo(roomName);
    assertThat(url.query()).isNull();
    assertThat(url.fragment()).isNull();
  }

  @Test
  void findEncodesTheSameWay() throws Exception {
    server.enqueue(ok(fixture("details-seed.json")));

    calls().find("a/b");

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v2/api/active-calls/a%2Fb");
  }

  @Test
  void twoHundredFiftySixBytesIsTheLimit() {
    assertThat(NAME_256_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(256);
    assertThat(NAME_257_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(257);
    assertThat(new GetActiveCallRequest("x".repeat(256)).roomName()).hasSize(256);

    assertThatThrownBy(() -> new GetActiveCallRequest(NAME_257_BYTES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roomName is too long: 257 UTF-8 bytes, LiveKit room names have at most 256");
    assertThatThrownBy(() -> new GetActiveCallRequest("x".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("roomName is too long: 257");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", " ", "\t\n"})
  void invalidNamesAreRejectedLocally(String roomName) {
    assertThatThrownBy(() -> calls().get(roomName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("roomName ");
    assertThatThrownBy(() -> asyncCalls().find(roomName)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tooLongNameIsRejectedLocally() {
    assertThatThrownBy(() -> calls().find(NAME_257_BYTES)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void validationMessagesNameTheParameter() {
    assertThatThrownBy(() -> new GetActiveCallRequest(null)).hasMessage("roomName is required");
    assertThatThrownBy(() -> new GetActiveCallRequest("  ")).hasMessage("roomName must not be blank");
    assertThatThrownBy(() -> new GetActiveCallRequest(".."))
        .hasMessage("roomName must not be '..' (it would change the URL path)");
    assertThatThrownBy(() -> new GetActiveCallRequest("."))
        .hasMessage("roomName must not be '.' (it would change the URL path)");
  }

  @Test
  void roomNameIsKeptExactly() {
    List<String> names = List.of(" padded ", "MiXeD", "call-_+1");
    for (String name : names) {
      assertThat(new GetActiveCallRequest(name).roomName()).isEqualTo(name);
    }
    assertThat(new GetActiveCallRequest("call-abc123")).isEqualTo(new GetActiveCallRequest("call-abc123"));
  }
}
