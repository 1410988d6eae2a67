package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.list;
import static dev.activecalls.testkit.Http.map;
import static dev.activecalls.testkit.Http.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeTrilletTest {
  private static final Instant T0 = Instant.parse("2024-06-01T10:00:00Z");
  private final SimulatedClock clock = SimulatedClock.at(T0);
  private final FakeTrillet trillet = FakeTrillet.builder().clock(clock).start();

  @AfterEach
  void close() {
    trillet.close();
  }

  private String url(String path) {
    return trillet.baseUrl() + path;
  }

  private void addSeedCall() {
    trillet.addCall(c -> c.id("665a1b2c3d4e5f6a7b8c9d0e").roomName("call-abc123")
        .customerPhone("+14155551234").customerName("John Doe")
        .aiAgentName("Customer Support Agent").sentiment("positive")
        .customerSays("I need help with my account.")
        .agentSays("Sure, I can help you with that!"));
  }

  @Test
  void listHasTheDocumentedShapeAndDurationFollowsTheClock() throws IOException {
    addSeedCall();
    clock.advance(Duration.ofSeconds(145));

    Http.Reply reply = get(url("/v2/api/active-calls"), auth(trillet));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().get("Content-Type")).startsWith("application/json");
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("data", "count", "timestamp");
    assertThat(body.get("count")).isEqualTo(1.0);
    assertThat(body.get("timestamp")).isEqualTo("2024-06-01T10:02:25.000Z");
    Map<String, Object> call = map(list(body.get("data")).get(0));
    assertThat(call.keySet()).containsExactly("id", "roomName", "customerPhone", "customerName",
        "aiAgentName", "duration", "status", "sentiment", "lastMessage", "transferRequested",
        "type", "participants");
    assertThat(call).containsEntry("id", "665a1b2c3d4e5f6a7b8c9d0e")
        .containsEntry("roomName", "call-abc123")
        .containsEntry("customerPhone", "+14155551234")
        .containsEntry("customerName", "John Doe")
        .containsEntry("aiAgentName", "Customer Support Agent")
        .containsEntry("duration", 145.0)
        .containsEntry("status", "active")
        .containsEntry("sentiment", "positive")
        .containsEntry("lastMessage", "Sure, I can help you with that!")
        .containsEntry("transferRequested", false)
        .containsEntry("type", "phone");
    List<Object> participants = list(call.get("participants"));
    assertThat(participants).hasSize(2);
    assertThat(map(participants.get(0))).isEqualTo(Map.of(
        "identity", "agent-001", "isAgent", true, "joinedAt", "2024-06-01T10:00:00.000Z"));
    assertThat(map(participants.get(1))).containsEntry("isAgent", false)
        .containsEntry("joinedAt", "2024-06-01T10:00:01.000Z")
        .doesNotContainKey("metadata");
  }

  @Test
  void detailsHaveTranscriptAndMetadataButNoStatusTypeOrLastMessage() throws IOException {
    addSeedCall();
    clock.advance(Duration.ofSeconds(30));

    Http.Reply reply = get(url("/v2/api/active-calls/call-abc123"), auth(trillet));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> call = reply.json();
    assertThat(call.keySet()).containsExactly("id", "roomName", "customerPhone", "customerName",
        "aiAgentName", "duration", "sentiment", "transcript", "participants");
    assertThat(call.get("duration")).isEqualTo(30.0);
    assertThat(list(call.get("transcript"))).containsExactly(
        Map.of("role", "agent", "content", "Hello! How can I help you today?"),
        Map.of("role", "customer", "content", "I need help with my account."),
        Map.of("role", "agent", "content", "Sure, I can help you with that!"));
    Map<String, Object> agent = map(list(call.get("participants")).get(0));
    assertThat(agent.keySet()).containsExactly("identity", "isAgent", "metadata", "joinedAt");
    assertThat(agent.get("metadata")).isEqualTo(Map.of());
  }

  @Test
  void defaultsFillEveryField() throws IOException {
    FakeTrillet.Call call = trillet.addCall();

    assertThat(call.id()).matches("[0-9a-f]{24}");
    assertThat(call.roomName()).matches("call-[A-Za-z0-9]{6}");
    assertThat(call.customerPhone()).matches("\\+1\\d{3}555\\d{4}");
    assertThat(call.customerName()).isNotBlank();
    assertThat(call.startedAt()).isEqualTo(T0);
    assertThat(call.lastMessage()).isEqualTo("Hello! How can I help you today?");
    assertThat(call.type()).isEqualTo("phone");
    Map<String, Object> listed = map(list(get(url("/v2/api/active-calls"), auth(trillet))
        .json().get("data")).get(0));
    assertThat(listed).containsEntry("duration", 0.0).containsEntry("sentiment", "neutral");
  }

  @Test
  void nullableFieldsAreSentAsJsonNull() throws IOException {
    trillet.addCall(c -> c.roomName("web-genericAgent-call1234").type("web")
        .customerPhone(null).customerName(null));

    Map<String, Object> call = map(list(get(url("/v2/api/active-calls"), auth(trillet))
        .json().get("data")).get(0));

    assertThat(call).containsEntry("customerPhone", null).containsEntry("customerName", null)
        .containsEntry("type", "web");
  }

  @Test
  void roomNameIsPercentDecodedFromOneSegment() throws IOException {
    trillet.addCall(c -> c.roomName("call-_+14155551234_AbC123"));
    trillet.addCall(c -> c.roomName("a/b"));
    trillet.addCall(c -> c.roomName("salle été"));

    assertThat(get(url("/v2/api/active-calls/call-_%2B14155551234_AbC123"), auth(trillet))
        .json()).containsEntry("roomName", "call-_+14155551234_AbC123");
    assertThat(get(url("/v2/api/active-calls/a%2Fb"), auth(trillet)).json())
        .containsEntry("roomName", "a/b");
    assertThat(get(url("/v2/api/active-calls/salle%20%C3%A9t%C3%A9"), auth(trillet)).json())
        .containsEntry("roomName", "salle été");
    // Unencoded, '+' reads as a space and '/' splits the path: neither finds the room.
    assertThat(get(url("/v2/api/active-calls/call-_+14155551234_AbC123"), auth(trillet))
        .status()).isEqualTo(404);
    assertThat(get(url("/v2/api/active-calls/a/b"), auth(trillet)).status()).isEqualTo(404);
  }

  @Test
  void unknownRoomIsNotFoundWithAnErrorBody() throws IOException {
    Http.Reply reply = get(url("/v2/api/active-calls/call-missing"), auth(trillet));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).isEqualTo(Map.of(
        "statusCode", 404.0, "message", "Active call not found", "error", "Not Found"));
  }

  @Test
  void unknownPathIsNotFound() throws IOException {
    Http.Reply reply = get(url("/v1/api/active-calls"), auth(trillet));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).containsEntry("message", "Cannot GET /v1/api/active-calls");
  }

  @Test
  void missingOrWrongCredentialsAre401() throws IOException {
    addSeedCall();
    String list = url("/v2/api/active-calls");

    Http.Reply none = get(list);
    Http.Reply noWorkspace = get(list, "x-api-key", trillet.apiKey());
    Http.Reply wrongKey = get(list, "x-api-key", "nope", "x-workspace-id", trillet.workspaceId());
    Http.Reply wrongWorkspace = get(url("/v2/api/active-calls/call-abc123"),
        "x-api-key", trillet.apiKey(), "x-workspace-id", "other");

    for (Http.Reply reply : List.of(none, noWorkspace, wrongKey, wrongWorkspace)) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.json()).isEqualTo(Map.of("statusCode", 401.0,
          "message", "Invalid API key or workspace ID", "error", "Unauthorized"));
    }
  }

  @Test
  void customCredentialsReplaceTheDefaults() throws IOException {
    try (FakeTrillet custom = FakeTrillet.start("key-2", "ws-2")) {
      assertThat(custom.apiKey()).isEqualTo("key-2");
      assertThat(get(custom.baseUrl() + "/v2/api/active-calls", auth(custom)).status())
          .isEqualTo(200);
      assertThat(get(custom.baseUrl() + "/v2/api/active-calls", auth(trillet)).status())
          .isEqualTo(401);
    }
  }

  @Test
  void updatesShowInBothEndpoints() throws IOException {
    addSeedCall();

    FakeTrillet.Call updated = trillet.updateCall("call-abc123", c -> c.sentiment("negative")
        .customerSays("I'd like to talk to a person, please.").transferRequested(true)
        .duration(Duration.ofSeconds(600)));

    assertThat(updated.transcript()).hasSize(4);
    Map<String, Object> listed = map(list(get(url("/v2/api/active-calls"), auth(trillet))
        .json().get("data")).get(0));
    assertThat(listed).containsEntry("sentiment", "negative")
        .containsEntry("lastMessage", "I'd like to talk to a person, please.")
        .containsEntry("transferRequested", true)
        .containsEntry("duration", 600.0);
    Map<String, Object> details = get(url("/v2/api/active-calls/call-abc123"), auth(trillet))
        .json();
    assertThat(list(details.get("transcript"))).hasSize(4);
  }

  @Test
  void endedCallIsGone() throws IOException {
    addSeedCall();
    trillet.addCall(c -> c.roomName("call-other"));

    assertThat(trillet.endCall("call-abc123")).isTrue();
    assertThat(trillet.endCall("call-abc123")).isFalse();

    assertThat(get(url("/v2/api/active-calls/call-abc123"), auth(trillet)).status())
        .isEqualTo(404);
    Map<String, Object> body = get(url("/v2/api/active-calls"), auth(trillet)).json();
    assertThat(body.get("count")).isEqualTo(1.0);
    assertThat(map(list(body.get("data")).get(0))).containsEntry("roomName", "call-other");
    assertThat(trillet.call("call-abc123")).isEmpty();
    assertThatThrownBy(() -> trillet.updateCall("call-abc123", c -> c.sentiment("x")))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("call-abc123");
    assertThat(trillet.endAllCalls()).isEqualTo(1);
    assertThat(trillet.callCount()).isZero();
  }

  @Test
  void endCallEndsALiveCallOnceAtTheClocksTime() throws IOException {
    addSeedCall();
    trillet.addCall(c -> c.roomName("call-_+14155551234_AbC123"));
    clock.advance(Duration.ofSeconds(90));

    Http.Reply ended = post(url("/v2/api/active-calls/call-abc123/end-call"), auth(trillet));
    Http.Reply again = post(url("/v2/api/active-calls/call-abc123/end-call"), auth(trillet));
    Http.Reply encoded =
        post(url("/v2/api/active-calls/call-_%2B14155551234_AbC123/end-call"), auth(trillet));

    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json()).isEqualTo(Map.of("success", true, "message", "Call ended successfully",
        "roomName", "call-abc123", "endTime", "2024-06-01T10:01:30.000Z"));
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json()).isEqualTo(Map.of(
        "statusCode", 404.0, "message", "Active call not found", "error", "Not Found"));
    assertThat(encoded.json()).containsEntry("roomName", "call-_+14155551234_AbC123");
    assertThat(trillet.callCount()).isZero();
    assertThat(get(url("/v2/api/active-calls"), auth(trillet)).json().get("count")).isEqualTo(0.0);
    assertThat(get(url("/v2/api/active-calls/call-abc123"), auth(trillet)).status()).isEqualTo(404);
  }

  @Test
  void endCallNeedsPostAndCredentials() throws IOException {
    addSeedCall();

    assertThat(get(url("/v2/api/active-calls/call-abc123/end-call"), auth(trillet)).status())
        .isEqualTo(405);
    assertThat(post(url("/v2/api/active-calls/call-abc123/end-call")).status()).isEqualTo(401);
    assertThat(post(url("/v2/api/active-calls/call-abc123"), auth(trillet)).status()).isEqualTo(405);
    assertThat(post(url("/v2/api/active-calls/call-abc123/hang-up"), auth(trillet)).status())
        .isEqualTo(404);
    assertThat(trillet.call("call-abc123")).isPresent();
  }

  @Test
  void insightsFollowTheLiveCall() throws IOException {
    addSeedCall();
    String insights = url("/v2/api/active-calls/call-abc123/insights");

    Http.Reply first = get(insights, auth(trillet));
    trillet.updateCall("call-abc123", c -> c.sentiment("negative").customerSays("This is useless."));
    Map<String, Object> upset = get(insights, auth(trillet)).json();
    trillet.updateCall("call-abc123", c -> c.transferRequested(true));
    Map<String, Object> transfer = get(insights, auth(trillet)).json();

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json()).isEqualTo(Map.of(
        "sentiment", "positive",
        "topics", List.of("phone", "Customer Support Agent"),
        "summary", "John Doe is talking to Customer Support Agent; 3 line(s) so far, the last: "
            + "Sure, I can help you with that!",
        "suggestions", List.of("Continue the conversation")));
    assertThat(upset).containsEntry("sentiment", "negative")
        .containsEntry("suggestions", List.of("Acknowledge the frustration and offer a human agent"));
    assertThat(transfer)
        .containsEntry("topics", List.of("phone", "Customer Support Agent", "transfer"))
        .containsEntry("suggestions", List.of("Transfer the call to a human agent"));
    assertThat(get(insights, auth(trillet)).body()).isEqualTo(get(insights, auth(trillet)).body());
  }

  @Test
  void insightsOfACallThatIsNotLiveAreNotFound() throws IOException {
    addSeedCall();
    trillet.endCall("call-abc123");

    Http.Reply reply = get(url("/v2/api/active-calls/call-abc123/insights"), auth(trillet));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).containsEntry("message", "Active call not found");
    assertThat(post(url("/v2/api/active-calls/call-abc123/insights"), auth(trillet)).status())
        .isEqualTo(405);
  }

  @Test
  void duplicateRoomAndKeyChangeAreRejected() {
    addSeedCall();

    assertThatThrownBy(() -> trillet.addCall(c -> c.roomName("call-abc123")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call-abc123");
    assertThatThrownBy(() -> trillet.updateCall("call-abc123", c -> c.roomName("call-new")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> trillet.addCall(c -> c.roomName(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(trillet.calls()).extracting(FakeTrillet.Call::roomName)
        .containsExactly("call-abc123");
  }

  @Test
  void everyResponseCarriesASequentialRequestId() throws IOException {
    assertThat(get(url("/v2/api/active-calls"), auth(trillet)).requestId())
        .isEqualTo("fake-req-1");
    assertThat(get(url("/v2/api/active-calls"))).extracting(Http.Reply::requestId)
        .isEqualTo("fake-req-2");
    assertThat(get(url("/v2/api/active-calls/none"), auth(trillet)).requestId())
        .isEqualTo("fake-req-3");
  }

  @Test
  void baseUrlIsLoopbackWithoutTrailingSlash() {
    assertThat(trillet.baseUrl()).matches("http://(localhost|127\\.0\\.0\\.1|\\[::1\\]):\\d+");
    assertThat(trillet.vendor()).isEqualTo(Vendor.TRILLET);
    assertThat(trillet.toString()).startsWith("FakeTrillet[http://");
  }
}
