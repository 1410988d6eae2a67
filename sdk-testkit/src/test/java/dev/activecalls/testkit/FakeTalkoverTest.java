package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.list;
import static dev.activecalls.testkit.Http.map;
import static dev.activecalls.testkit.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeTalkoverTest {
  private static final Instant T0 = Instant.parse("2025-09-03T23:19:51Z");
  private static final String AGENT = "agent-uuid";

  private final SimulatedClock clock = SimulatedClock.at(T0);
  private final FakeTalkover talkover = FakeTalkover.builder().clock(clock).start();

  @AfterEach
  void close() {
    talkover.close();
  }

  private String endUrl(String agent) {
    return talkover.baseUrl() + "/api/v1/agents/" + agent + "/end-call";
  }

  private Http.Reply end(String agent, String callId) throws IOException {
    return postJson(endUrl(agent), "{\"call_sid\":\"" + callId + "\"}", auth(talkover));
  }

  @Test
  void endCallEndsTheCallWithTheDocumentedAnswer() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT).to("+15551234567"));
    talkover.addCall(c -> c.id("call-uuid-2").agentId(AGENT).to("+15557654321"));
    clock.advance(Duration.ofSeconds(42));

    Http.Reply reply = end(AGENT, "call-uuid-1");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(talkover.lastRequest().method()).isEqualTo("POST");
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("success", "data");
    assertThat(body).containsEntry("success", true);
    assertThat(map(body.get("data")).keySet()).containsExactly("id", "status", "ended_at", "ended_reason");
    assertThat(map(body.get("data"))).isEqualTo(Map.of("id", "call-uuid-1", "status", "completed",
        "ended_at", "2025-09-03T23:20:33.000000Z", "ended_reason", "ended_by_api"));
    assertThat(talkover.calls()).extracting(FakeTalkover.Call::id).containsExactly("call-uuid-2");
    Http.Reply lookup = get(url(AGENT, "%2B15551234567"), auth(talkover));
    assertThat(lookup.status()).isEqualTo(404);
    assertThat(lookup.json()).containsEntry("message", FakeTalkover.NO_ACTIVE_CALL);
  }

  @Test
  void endedAtUsesTheFakesTimestampFormat() throws IOException {
    try (FakeTalkover seconds = FakeTalkover.builder().clock(clock)
        .timestampFormat(FakeTalkover.TimestampFormat.SECONDS).start()) {
      seconds.addCall(c -> c.id("call-uuid-1"));

      Http.Reply reply = postJson(seconds.baseUrl() + "/api/v1/agents/" + FakeTalkover.DEFAULT_AGENT_ID
          + "/end-call", "{\"call_sid\":\"call-uuid-1\"}", auth(seconds));

      assertThat(map(reply.json().get("data"))).containsEntry("ended_at", "2025-09-03T23:19:51Z");
    }
  }

  @Test
  void endingAnEndedCallIsAConflictAndAnUnknownOneNotFound() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT));
    talkover.addCall(c -> c.id("call-uuid-2").agentId(AGENT));
    assertThat(end(AGENT, "call-uuid-1").status()).isEqualTo(200);
    assertThat(talkover.endCall("call-uuid-2")).isTrue();

    Http.Reply again = end(AGENT, "call-uuid-1");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json()).isEqualTo(Map.of("success", false, "message", "Call is not active",
        "code", "CALL_NOT_ACTIVE"));
    for (Http.Reply reply : List.of(end(AGENT, "call-unknown"), end("other-agent", "call-uuid-1"),
        end(AGENT, "call-uuid-2"))) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).isEqualTo(Map.of("success", false,
          "message", FakeTalkover.CALL_NOT_FOUND));
    }
  }

  @Test
  void anotherAgentsCallIsNotFoundAndStaysLive() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT));

    assertThat(end("other-agent", "call-uuid-1").status()).isEqualTo(404);
    assertThat(talkover.call("call-uuid-1")).isPresent();
  }

  @Test
  void endCallWithoutACallSidIs422() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT));

    for (String body : List.of("{}", "{\"call_sid\":\"  \"}", "{\"call_sid\":null}",
        "{\"call_sid\":42}", "not json", "")) {
      Http.Reply reply = postJson(endUrl(AGENT), body, auth(talkover));
      assertThat(reply.status()).as(body).isEqualTo(422);
      assertThat(reply.json()).isEqualTo(Map.of("message", "The call sid field is required.",
          "errors", Map.of("call_sid", List.of("The call sid field is required."))));
    }
    assertThat(talkover.callCount()).isEqualTo(1);
  }

  @Test
  void endCallNeedsPostAndTheToken() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT));

    assertThat(get(endUrl(AGENT), auth(talkover)).status()).isEqualTo(405);
    assertThat(postJson(endUrl(AGENT), "{\"call_sid\":\"call-uuid-1\"}").status()).isEqualTo(401);
    assertThat(talkover.callCount()).isEqualTo(1);
  }

  private String url(String agent, String encodedPhone) {
    return talkover.baseUrl() + "/api/v1/agents/" + agent + "/active-call/" + encodedPhone;
  }

  @Test
  void activeCallHasTheDocumentedShape() throws IOException {
    talkover.addCall(c -> c.id("call-uuid-1").agentId(AGENT).to("+15551234567"));
    clock.advance(Duration.ofSeconds(42));

    Http.Reply reply = get(url(AGENT, "%2B15551234567"), auth(talkover));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("success", "data");
    assertThat(body).containsEntry("success", true);
    List<Object> data = list(body.get("data"));
    assertThat(data).hasSize(1);
    assertThat(map(data.get(0)).keySet()).containsExactly("id", "agent_id", "to", "status",
        "started_at", "duration_seconds");
    assertThat(map(data.get(0))).isEqualTo(Map.of("id", "call-uuid-1", "agent_id", AGENT,
        "to", "+15551234567", "status", "answered",
        "started_at", "2025-09-03T23:19:51.000000Z", "duration_seconds", 42.0));
  }

  @Test
  void startedAtCanUseWholeSeconds() throws IOException {
    try (FakeTalkover seconds = FakeTalkover.builder().clock(clock)
        .timestampFormat(FakeTalkover.TimestampFormat.SECONDS).start()) {
      seconds.addCall(c -> c.to("+15551234567"));

      Map<String, Object> call = map(list(get(seconds.baseUrl() + "/api/v1/agents/"
          + FakeTalkover.DEFAULT_AGENT_ID + "/active-call/%2B15551234567", auth(seconds))
          .json().get("data")).get(0));

      assertThat(call).containsEntry("started_at", "2025-09-03T23:19:51Z")
          .containsEntry("agent_id", FakeTalkover.DEFAULT_AGENT_ID);
    }
  }

  @Test
  void rawPlusReadsAsASpaceSoNothingIsFound() throws IOException {
    talkover.addCall(c -> c.agentId(AGENT).to("+15551234567"));

    Http.Reply reply = get(url(AGENT, "+15551234567"), auth(talkover));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(talkover.lastRequest().path()).endsWith("/active-call/+15551234567");
  }

  @Test
  void noActiveCallIsTheDocumented404() throws IOException {
    talkover.addCall(c -> c.agentId(AGENT).to("+15551234567"));

    for (String url : List.of(url(AGENT, "%2B15550000000"), url("other-agent", "%2B15551234567"))) {
      Http.Reply reply = get(url, auth(talkover));
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).isEqualTo(Map.of("success", false,
          "message", "No active call found for this phone number"));
    }
  }

  @Test
  void allCallsToThePhoneAreReturnedWithTheirStatus() throws IOException {
    talkover.addCall(c -> c.agentId(AGENT).to("+15551234567").status("initiated"));
    talkover.addCall(c -> c.agentId(AGENT).to("+15551234567").status("ringing"));
    talkover.addCall(c -> c.agentId(AGENT).to("+15557654321"));

    List<Object> data = list(get(url(AGENT, "%2B15551234567"), auth(talkover)).json()
        .get("data"));

    assertThat(data).extracting(call -> map(call).get("status"))
        .containsExactly("initiated", "ringing");
  }

  @Test
  void updateAndEndChangeTheAnswer() throws IOException {
    String id = talkover.addCall(c -> c.agentId(AGENT).to("+15551234567").status("ringing"))
        .id();

    talkover.updateCall(id, c -> c.status("answered").duration(Duration.ofSeconds(7)));
    Map<String, Object> call = map(list(get(url(AGENT, "%2B15551234567"), auth(talkover))
        .json().get("data")).get(0));
    assertThat(call).containsEntry("status", "answered").containsEntry("duration_seconds", 7.0);

    assertThat(talkover.endCall(id)).isTrue();
    assertThat(get(url(AGENT, "%2B15551234567"), auth(talkover)).status()).isEqualTo(404);
    assertThat(talkover.calls()).isEmpty();
  }

  @Test
  void defaultsFillEveryField() {
    FakeTalkover.Call call = talkover.addCall();

    assertThat(call.id()).matches("[0-9a-f-]{36}");
    assertThat(call.agentId()).isEqualTo(FakeTalkover.DEFAULT_AGENT_ID);
    assertThat(call.to()).matches("\\+1\\d{3}555\\d{4}");
    assertThat(call.status()).isEqualTo("answered");
    assertThat(call.startedAt()).isEqualTo(T0);
    assertThat(talkover.callCount()).isEqualTo(1);
  }

  @Test
  void missingOrWrongTokenIs401() throws IOException {
    talkover.addCall(c -> c.agentId(AGENT).to("+15551234567"));
    String url = url(AGENT, "%2B15551234567");

    for (Http.Reply reply : List.of(get(url),
        get(url, "Authorization", "Bearer talq_wrong"),
        get(url, "Authorization", talkover.apiToken()))) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.json()).isEqualTo(Map.of("success", false,
          "message", "Unauthenticated.", "code", "unauthorized"));
    }
    assertThat(get(url, "Authorization", "bearer " + talkover.apiToken()).status())
        .isEqualTo(200);
  }

  @Test
  void customTokenReplacesTheDefault() throws IOException {
    try (FakeTalkover custom = FakeTalkover.start("talq_custom")) {
      custom.addCall(c -> c.agentId(AGENT).to("+15551234567"));
      String url = custom.baseUrl() + "/api/v1/agents/" + AGENT + "/active-call/%2B15551234567";

      assertThat(get(url, "Authorization", "Bearer talq_custom").status()).isEqualTo(200);
      assertThat(get(url, auth(talkover)).status()).isEqualTo(401);
    }
  }

  @Test
  void otherPathsAreNotFoundWithCode() throws IOException {
    Http.Reply reply = get(talkover.baseUrl() + "/api/v1/agents/" + AGENT + "/recordings",
        auth(talkover));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).containsEntry("success", false)
        .containsEntry("code", "not_found");
  }

  // ---- the call lists

  private Http.Reply calls(String pathAndQuery) throws IOException {
    return get(talkover.baseUrl() + pathAndQuery, auth(talkover));
  }

  @Test
  void theCallListShowsLiveAndEndedCallsNewestFirstWithTheDocumentedFields() throws IOException {
    talkover.addCall(c -> c.id("call-1").agentId(AGENT).to("+15551230001").status("ringing"));
    clock.advance(Duration.ofSeconds(10));
    talkover.addCall(c -> c.id("call-2").agentId("other").to("+15551230002"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(end(AGENT, "call-1").status()).isEqualTo(200);

    Http.Reply reply = calls("/api/v1/calls");

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("success", "data", "pagination");
    List<Object> data = list(body.get("data"));
    assertThat(data).hasSize(2);
    Map<String, Object> newest = map(data.get(0));
    assertThat(newest.keySet()).containsExactly("id", "sid", "to", "to_formatted", "from",
        "from_formatted", "is_testing", "direction", "status", "duration", "agent", "created_at",
        "updated_at");
    assertThat(newest).containsEntry("id", "call-2").containsEntry("status", "answered")
        .containsEntry("to", "+15551230002").containsEntry("is_testing", false)
        .containsEntry("direction", "outbound").containsEntry("duration", 5.0)
        .containsEntry("created_at", "2025-09-03T23:20:01.000000Z")
        .containsEntry("updated_at", "2025-09-03T23:20:06.000000Z");
    assertThat(map(newest.get("agent"))).containsEntry("id", "other");
    assertThat(map(data.get(1))).containsEntry("id", "call-1").containsEntry("status", "completed")
        .containsEntry("duration", 15.0);
    assertThat(map(body.get("pagination"))).isEqualTo(Map.of("current_page", 1.0, "last_page", 1.0,
        "per_page", 20.0, "total", 2.0, "from", 1.0, "to", 2.0));
  }

  @Test
  void anAgentsListHasOnlyItsCallsAndNoAgentObject() throws IOException {
    talkover.addCall(c -> c.id("mine").agentId(AGENT));
    talkover.addCall(c -> c.id("theirs").agentId("other"));

    List<Object> data = list(calls("/api/v1/agents/" + AGENT + "/calls").json().get("data"));
    List<Object> filtered = list(calls("/api/v1/calls?agent_id=other").json().get("data"));

    assertThat(data).hasSize(1);
    assertThat(map(data.get(0))).containsEntry("id", "mine").doesNotContainKey("agent");
    assertThat(filtered).extracting(call -> map(call).get("id")).containsExactly("theirs");
  }

  @Test
  void theListFiltersByStatusDirectionDatesAndSearch() throws IOException {
    talkover.addCall(c -> c.id("old").to("+15550000001").status("ringing")
        .startedAt(Instant.parse("2025-09-01T10:00:00Z")));
    talkover.addCall(c -> c.id("new").to("+15550000002").status("answered"));

    assertThat(ids("/api/v1/calls?status=ringing")).containsExactly("old");
    assertThat(ids("/api/v1/calls?date_from=2025-09-02")).containsExactly("new");
    assertThat(ids("/api/v1/calls?date_to=2025-09-01")).containsExactly("old");
    assertThat(ids("/api/v1/calls?date_from=2025-09-01&date_to=2025-09-03")).containsExactly("new", "old");
    assertThat(ids("/api/v1/calls?search=0002")).containsExactly("new");
    assertThat(ids("/api/v1/calls?direction=outbound")).containsExactly("new", "old");
    assertThat(ids("/api/v1/calls?direction=inbound")).isEmpty();
  }

  private List<Object> ids(String pathAndQuery) throws IOException {
    return list(calls(pathAndQuery).json().get("data")).stream().map(call -> map(call).get("id")).toList();
  }

  @Test
  void theListPagesUpToAHundredCalls() throws IOException {
    for (int i = 0; i < 5; i++) {
      int n = i;
      talkover.addCall(c -> c.id("call-" + n).startedAt(T0.minusSeconds(n)));
    }

    Map<String, Object> third = calls("/api/v1/calls?per_page=2&page=3").json();
    Map<String, Object> past = calls("/api/v1/calls?per_page=2&page=4").json();

    assertThat(list(third.get("data"))).extracting(call -> map(call).get("id")).containsExactly("call-4");
    assertThat(map(third.get("pagination"))).containsEntry("current_page", 3.0)
        .containsEntry("last_page", 3.0).containsEntry("total", 5.0).containsEntry("from", 5.0)
        .containsEntry("to", 5.0);
    assertThat(list(past.get("data"))).isEmpty();
    assertThat(map(past.get("pagination"))).containsEntry("from", null).containsEntry("to", null);
    assertThat(list(calls("/api/v1/calls?per_page=100").json().get("data"))).hasSize(5);
    for (String bad : List.of("per_page=101", "per_page=0", "page=0", "page=x", "date_from=2025-13-01")) {
      Http.Reply reply = calls("/api/v1/calls?" + bad);
      String field = bad.substring(0, bad.indexOf('='));
      assertThat(reply.status()).as(bad).isEqualTo(422);
      assertThat(map(reply.json().get("errors"))).as(bad).containsOnlyKeys(field);
    }
  }
}
