package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.delete;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.list;
import static dev.activecalls.testkit.Http.map;
import static dev.activecalls.testkit.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeVobizTest {
  private static final Instant T0 = Instant.parse("2014-10-15T09:03:38Z");
  private static final String UUID = "97ceeb52-58b6-11e1-86da-77300b68f8bb";
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private final SimulatedClock clock = SimulatedClock.at(T0);
  private final FakeVobiz vobiz = FakeVobiz.builder().clock(clock).start();

  @AfterEach
  void close() {
    vobiz.close();
  }

  private String callUrl(String uuid) {
    return vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/" + uuid
        + "/?status=live";
  }

  private void addSeedCall(String state) {
    vobiz.addCall(c -> c.callUuid(UUID).from("+14156667777").to("+14156667778")
        .callerName("John Doe").callState(state));
  }

  @Test
  void currentShapeIsFlat() throws IOException {
    addSeedCall("ACTIVE");

    Http.Reply reply = get(callUrl(UUID), auth(vobiz));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("api_id", "call_status", "call_uuid",
        "caller_name", "direction", "from", "to", "request_uuid", "session_start",
        "stir_attestation", "stir_verification");
    assertThat((String) body.get("api_id")).matches(UUID_PATTERN);
    assertThat(body).containsEntry("call_status", "in-progress")
        .containsEntry("call_uuid", UUID)
        .containsEntry("caller_name", "John Doe")
        .containsEntry("direction", "outbound")
        .containsEntry("from", "+14156667777")
        .containsEntry("to", "+14156667778")
        .containsEntry("request_uuid", UUID)
        .containsEntry("session_start", "2014-10-15 09:03:38")
        .containsEntry("stir_attestation", "A")
        .containsEntry("stir_verification", "verified");
  }

  @Test
  void currentStatusFollowsTheStateUnlessOverridden() throws IOException {
    addSeedCall("RINGING");
    assertThat(get(callUrl(UUID), auth(vobiz)).json()).containsEntry("call_status", "ringing");

    vobiz.updateCall(UUID, c -> c.callState("HELD"));
    assertThat(get(callUrl(UUID), auth(vobiz)).json())
        .containsEntry("call_status", "in-progress");

    vobiz.updateCall(UUID, c -> c.callStatus("queued"));
    assertThat(get(callUrl(UUID), auth(vobiz)).json()).containsEntry("call_status", "queued");
  }

  @Test
  void legacyShapeIsAListWithTheSeedFields() throws IOException {
    vobiz.setShape(FakeVobiz.Shape.LEGACY);
    addSeedCall("ACTIVE");
    clock.advance(Duration.ofSeconds(180));

    Map<String, Object> body = get(callUrl(UUID), auth(vobiz)).json();

    assertThat(body.keySet()).containsExactly("api_id", "calls");
    List<Object> calls = list(body.get("calls"));
    assertThat(calls).hasSize(1);
    Map<String, Object> call = map(calls.get(0));
    assertThat(call.keySet()).containsExactly("answer_time", "bill_duration", "billed_duration",
        "call_direction", "call_duration", "call_state", "call_uuid", "conference_uuid",
        "end_time", "from_number", "initiation_time", "parent_call_uuid", "hangup_cause_code",
        "hangup_cause_name", "hangup_source", "resource_uri", "to_number", "total_amount",
        "total_rate", "stir_verification", "stir_attestation", "source_ip");
    assertThat(call).containsEntry("answer_time", "2014-10-15 09:03:38")
        .containsEntry("call_direction", "outbound")
        .containsEntry("call_duration", 180.0)
        .containsEntry("call_state", "ACTIVE")
        .containsEntry("call_uuid", UUID)
        .containsEntry("from_number", "+14156667777")
        .containsEntry("to_number", "+14156667778")
        .containsEntry("initiation_time", "2014-10-15 09:03:38")
        .containsEntry("resource_uri",
            "/v1/Account/" + vobiz.authId() + "/Call/" + UUID + "/")
        .containsEntry("bill_duration", null)
        .containsEntry("end_time", null)
        .containsEntry("hangup_cause_code", null)
        .containsEntry("total_amount", null);
  }

  @Test
  void ringingCallHasNoAnswerTimeUntilAnswered() throws IOException {
    try (FakeVobiz legacy = FakeVobiz.builder().shape(FakeVobiz.Shape.LEGACY).clock(clock)
        .start()) {
      String uuid = legacy.addCall(c -> c.callState("RINGING")).callUuid();
      String url = legacy.baseUrl() + "/api/v1/Account/" + legacy.authId() + "/Call/" + uuid
          + "/?status=live";
      clock.advance(Duration.ofSeconds(5));

      Map<String, Object> ringing = map(list(get(url, auth(legacy)).json().get("calls")).get(0));
      assertThat(ringing).containsEntry("call_state", "RINGING")
          .containsEntry("answer_time", null).containsEntry("call_duration", 0.0);

      legacy.updateCall(uuid, c -> c.callState("ACTIVE"));
      clock.advance(Duration.ofSeconds(42));
      Map<String, Object> active = map(list(get(url, auth(legacy)).json().get("calls")).get(0));
      assertThat(active).containsEntry("call_state", "ACTIVE")
          .containsEntry("answer_time", "2014-10-15 09:03:43")
          .containsEntry("initiation_time", "2014-10-15 09:03:38")
          .containsEntry("call_duration", 42.0);
    }
  }

  @Test
  void shapeCanBeChosenAtStart() {
    try (FakeVobiz legacy = FakeVobiz.start(FakeVobiz.Shape.LEGACY)) {
      assertThat(legacy.shape()).isEqualTo(FakeVobiz.Shape.LEGACY);
    }
    assertThat(vobiz.shape()).isEqualTo(FakeVobiz.Shape.CURRENT);
  }

  @Test
  void timestampsAreWrittenInTheConfiguredZoneAndFormat() throws IOException {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    try (FakeVobiz offset = FakeVobiz.builder().clock(clock).zone(kolkata)
            .timestampFormat(FakeVobiz.TimestampFormat.OFFSET).start();
        FakeVobiz micros = FakeVobiz.builder().clock(clock).zone(kolkata)
            .timestampFormat(FakeVobiz.TimestampFormat.MICROS).start()) {
      Instant at = Instant.parse("2022-06-28T14:09:05.586839Z");
      offset.addCall(c -> c.callUuid(UUID).initiatedAt(at));
      micros.addCall(c -> c.callUuid(UUID).initiatedAt(at));

      assertThat(get(offset.baseUrl() + "/api/v1/Account/" + offset.authId() + "/Call/" + UUID
          + "/?status=live", auth(offset)).json())
          .containsEntry("session_start", "2022-06-28 19:39:05+05:30");
      assertThat(get(micros.baseUrl() + "/api/v1/Account/" + micros.authId() + "/Call/" + UUID
          + "/?status=live", auth(micros)).json())
          .containsEntry("session_start", "2022-06-28 19:39:05.586839");
    }
  }

  @Test
  void liveListHasTheUuids() throws IOException {
    String first = vobiz.addCall().callUuid();
    String second = vobiz.addCall(c -> c.callState("RINGING")).callUuid();

    Http.Reply reply = get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId()
        + "/Call/?status=live", auth(vobiz));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("api_id", "calls");
    assertThat(list(body.get("calls"))).containsExactly(first, second);
    assertThat(first).matches(UUID_PATTERN);
  }

  @Test
  void withoutStatusLiveTheCallIsNotFoundAndTheListIsAnEmptyCdrPage() throws IOException {
    addSeedCall("ACTIVE");
    String base = vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/";

    assertThat(get(base + UUID + "/", auth(vobiz)).status()).isEqualTo(404);
    Map<String, Object> page = get(base, auth(vobiz)).json();
    assertThat(page.keySet()).containsExactly("api_id", "meta", "objects");
    assertThat(list(page.get("objects"))).isEmpty();
  }

  @Test
  void unknownOrEndedCallIsPlivoNotFound() throws IOException {
    addSeedCall("ACTIVE");
    assertThat(vobiz.endCall(UUID)).isTrue();

    for (String uuid : List.of(UUID, "00000000-0000-4000-8000-000000000000")) {
      Http.Reply reply = get(callUrl(uuid), auth(vobiz));
      assertThat(reply.status()).isEqualTo(404);
      Map<String, Object> body = reply.json();
      assertThat(body.keySet()).containsExactly("api_id", "error");
      assertThat(body).containsEntry("error", "not found");
    }
    assertThat(list(get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId()
        + "/Call/?status=live", auth(vobiz)).json().get("calls"))).isEmpty();
  }

  @Test
  void trailingSlashIsOptional() throws IOException {
    addSeedCall("ACTIVE");

    assertThat(get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/" + UUID
        + "?status=live", auth(vobiz)).status()).isEqualTo(200);
  }

  @Test
  void lowercasePathOfTheOldDocsIs401EvenWithGoodCredentials() throws IOException {
    addSeedCall("ACTIVE");

    Http.Reply reply = get(vobiz.baseUrl() + "/api/v1/account/" + vobiz.authId() + "/call/"
        + UUID + "/?status=live", auth(vobiz));

    assertThat(reply.status()).isEqualTo(401);
    assertErrorBody(reply, "UNAUTHORIZED");
  }

  @Test
  void missingOrWrongCredentialsAre401WithTheErrorBody() throws IOException {
    addSeedCall("ACTIVE");

    Http.Reply none = get(callUrl(UUID));
    Http.Reply noToken = get(callUrl(UUID), "X-Auth-ID", vobiz.authId());
    Http.Reply wrongToken = get(callUrl(UUID), "X-Auth-ID", vobiz.authId(),
        "X-Auth-Token", "wrong");

    for (Http.Reply reply : List.of(none, noToken, wrongToken)) {
      assertThat(reply.status()).isEqualTo(401);
      assertErrorBody(reply, "UNAUTHORIZED");
      assertThat(map(reply.json().get("error")))
          .containsEntry("message", "Invalid X-Auth-ID or X-Auth-Token");
    }
  }

  @Test
  void authIdInThePathMustBeTheCaller() throws IOException {
    try (FakeVobiz other = FakeVobiz.start("MAOTHER0000000000001", "other-token")) {
      assertThat(other.authId()).isEqualTo("MAOTHER0000000000001");
      Http.Reply reply = get(other.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/"
          + UUID + "/?status=live", auth(other));

      assertThat(reply.status()).isEqualTo(403);
      assertErrorBody(reply, "FORBIDDEN");
    }
  }

  // ---- acting on calls ----

  private String callPath() {
    return vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/";
  }

  @Test
  void hangupAnswers204WithNoBodyAndEndsTheCall() throws IOException {
    addSeedCall("ACTIVE");
    String other = vobiz.addCall().callUuid();

    Http.Reply reply = delete(callPath() + UUID + "/", auth(vobiz));

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(vobiz.call(UUID)).isEmpty();
    assertThat(get(callUrl(UUID), auth(vobiz)).status()).isEqualTo(404);
    assertThat(vobiz.calls()).extracting(FakeVobiz.Call::callUuid).containsExactly(other);
    assertThat(vobiz.requests().get(0).method()).isEqualTo("DELETE");
  }

  @Test
  void hangupOfAnUnknownOrEndedCallIsPlivoNotFound() throws IOException {
    addSeedCall("ACTIVE");
    assertThat(delete(callPath() + UUID + "/", auth(vobiz)).status()).isEqualTo(204);

    for (String uuid : List.of(UUID, "00000000-0000-4000-8000-000000000000")) {
      Http.Reply reply = delete(callPath() + uuid + "/", auth(vobiz));
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).containsEntry("error", "not found");
    }
  }

  @Test
  void hangupWithoutAUuidHangsUpEveryCallLiveAndQueuedAsTheRealApiDoes() throws IOException {
    vobiz.addCall();
    vobiz.addCall(c -> c.callState("RINGING"));
    vobiz.addQueuedCall(c -> { });

    Http.Reply reply = delete(callPath(), auth(vobiz));

    assertThat(reply.status()).isEqualTo(204);
    assertThat(vobiz.callCount()).isZero();
  }

  @Test
  void hangupCancelsAQueuedCall() throws IOException {
    String queued = vobiz.addQueuedCall(c -> { }).callUuid();

    assertThat(delete(callPath() + queued + "/", auth(vobiz)).status()).isEqualTo(204);

    assertThat(vobiz.call(queued)).isEmpty();
    assertThat(get(callPath() + queued + "/?status=queued", auth(vobiz)).status()).isEqualTo(404);
  }

  @Test
  void transferAnswers202AndTheCallStaysLive() throws IOException {
    addSeedCall("ACTIVE");

    Http.Reply reply = postJson(callPath() + UUID + "/",
        "{\"legs\":\"both\",\"aleg_url\":\"https://example.com/a.xml\",\"aleg_method\":\"GET\","
            + "\"bleg_url\":\"http://example.com/b.xml\"}", auth(vobiz));

    assertThat(reply.status()).isEqualTo(202);
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("api_id", "message", "call_uuid");
    assertThat((String) body.get("api_id")).matches(UUID_PATTERN);
    assertThat(body).containsEntry("message", "call transferred").containsEntry("call_uuid", UUID);
    assertThat(vobiz.call(UUID)).isPresent();
    assertThat(get(callUrl(UUID), auth(vobiz)).status()).isEqualTo(200);
  }

  @Test
  void transferWithoutLegsTransfersTheALegAndNeedsOnlyItsUrl() throws IOException {
    addSeedCall("ACTIVE");

    assertThat(postJson(callPath() + UUID + "/", "{\"aleg_url\":\"https://example.com/a.xml\"}",
        auth(vobiz)).status()).isEqualTo(202);
    assertThat(postJson(callPath() + UUID + "/",
        "{\"legs\":\"bleg\",\"bleg_url\":\"https://example.com/b.xml\",\"bleg_method\":\"POST\"}",
        auth(vobiz)).status()).isEqualTo(202);
  }

  @Test
  void transferOfABadBodyIs400() throws IOException {
    addSeedCall("ACTIVE");
    List<String> bad = List.of(
        "not json",
        "[]",
        "{}",
        "{\"legs\":\"both\",\"aleg_url\":\"https://example.com/a.xml\"}",
        "{\"legs\":\"bleg\",\"aleg_url\":\"https://example.com/a.xml\"}",
        "{\"aleg_url\":\"/relative.xml\"}",
        "{\"aleg_url\":\"ftp://example.com/a.xml\"}",
        "{\"aleg_url\":\"https://example.com/a.xml\",\"aleg_method\":\"PUT\"}",
        "{\"legs\":\"sideways\",\"aleg_url\":\"https://example.com/a.xml\"}");

    for (String body : bad) {
      Http.Reply reply = postJson(callPath() + UUID + "/", body, auth(vobiz));
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertErrorBody(reply, "BAD_REQUEST");
    }
    assertThat(vobiz.call(UUID)).isPresent();
  }

  @Test
  void transferOfACallThatIsNotLiveIs404() throws IOException {
    String queued = vobiz.addQueuedCall(c -> { }).callUuid();
    String json = "{\"aleg_url\":\"https://example.com/a.xml\"}";

    for (String uuid : List.of(queued, "00000000-0000-4000-8000-000000000000")) {
      Http.Reply reply = postJson(callPath() + uuid + "/", json, auth(vobiz));
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).containsEntry("error", "not found");
    }
  }

  @Test
  void otherMethodsAre405() throws IOException {
    assertThat(postJson(callPath(), "{}", auth(vobiz)).status()).isEqualTo(405);
  }

  // ---- queued calls ----

  @Test
  void aQueuedCallIsServedOnlyUnderStatusQueuedInTheFlatShape() throws IOException {
    vobiz.setShape(FakeVobiz.Shape.LEGACY); // the queued endpoint answers flat whatever the shape
    FakeVobiz.Call call = vobiz.addQueuedCall(c -> c.callUuid(UUID).to("+14156667778"));
    String live = vobiz.addCall().callUuid();

    assertThat(call.queued()).isTrue();
    Http.Reply reply = get(callPath() + UUID + "/?status=queued", auth(vobiz));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> body = reply.json();
    assertThat(body).containsEntry("call_status", "queued").containsEntry("call_uuid", UUID)
        .containsEntry("to", "+14156667778");
    assertThat(body).doesNotContainKey("calls");
    assertThat(get(callUrl(UUID), auth(vobiz)).status()).as("not live").isEqualTo(404);
    assertThat(get(callPath() + live + "/?status=queued", auth(vobiz)).status()).as("not queued")
        .isEqualTo(404);
    assertThat(list(get(callPath() + "?status=live", auth(vobiz)).json().get("calls")))
        .containsExactly(live);
    assertThat(list(get(callPath() + "?status=queued", auth(vobiz)).json().get("calls")))
        .containsExactly(UUID);
  }

  @Test
  void theQueuedListHasAtMost20Uuids() throws IOException {
    for (int i = 0; i < 25; i++) {
      vobiz.addQueuedCall(c -> { });
    }

    Map<String, Object> body = get(callPath() + "?status=queued", auth(vobiz)).json();

    assertThat(body.keySet()).containsExactly("api_id", "calls");
    assertThat(list(body.get("calls"))).hasSize(20)
        .containsExactlyElementsOf(vobiz.calls().subList(0, 20).stream().map(FakeVobiz.Call::callUuid).toList());
  }

  @Test
  void aQueuedCallThatConnectsLeavesTheQueue() throws IOException {
    vobiz.addQueuedCall(c -> c.callUuid(UUID));

    vobiz.updateCall(UUID, c -> c.callState("RINGING"));

    assertThat(get(callPath() + UUID + "/?status=queued", auth(vobiz)).status()).isEqualTo(404);
    assertThat(get(callUrl(UUID), auth(vobiz)).json()).containsEntry("call_status", "ringing");
  }

  private static void assertErrorBody(Http.Reply reply, String code) throws IOException {
    Map<String, Object> body = reply.json();
    assertThat(body.keySet()).containsExactly("status", "error", "timestamp", "requestId");
    assertThat(body).containsEntry("status", "error")
        .containsEntry("requestId", reply.requestId());
    Map<String, Object> error = map(body.get("error"));
    assertThat(error.keySet()).containsExactly("code", "message", "details");
    assertThat(error).containsEntry("code", code).containsEntry("details", Map.of());
    assertThat((String) body.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }
}
