package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static dev.activecalls.vobiz.Fixtures.CURRENT_UUID;
import static dev.activecalls.vobiz.Fixtures.LEGACY_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.PermissionDeniedException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.vobiz.internal.ModelReader;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decodes Vobiz bodies: the way the pipeline does (lenient reader, second look), and through the
 * client's whole pipeline over HTTP ({@link #served}).
 */
class ModelDecodingTest {
  private static final ModelReader UTC = new ModelReader(ZoneOffset.UTC);
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ModelReader IN_KOLKATA = new ModelReader(KOLKATA);

  /**
   * Decodes as the pipeline does: with a lenient reader (seed 003 carries a // comment), and with
   * a second look for an error ({@code rejectErrorBody}) at a body that failed to decode.
   */
  static <T> T decode(ResponseDecoder<T> decoder, String json) throws IOException {
    try {
      return decoder.decode(lenientReader(json));
    } catch (ErrorInBodyException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      try {
        decoder.rejectErrorBody(lenientReader(json));
      } catch (IOException | JsonDataException unreadable) {
        // the pipeline reports the decoding failure then
      }
      throw e;
    }
  }

  private static JsonReader lenientReader(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(true);
    return reader;
  }

  static LiveCall call(String json) throws IOException {
    return decode(UTC.liveCall("u-1"), json);
  }

  @Test
  void seed003VerbatimDecodesFieldByField() throws IOException {
    String seed = Fixtures.read("legacy-live-call.json");
    assertThat(seed).contains("// Also referred to as request_uuid"); // the comment is really there

    LiveCall call = decode(UTC.liveCall(LEGACY_UUID), seed);

    assertThat(call.callUuid()).isEqualTo(LEGACY_UUID);
    assertThat(call.requestUuid()).isNull(); // the legacy shape has no request_uuid field
    assertThat(call.apiId()).isEqualTo("c8b427f6-58ce-11e1-86da-adf28403fe48");
    assertThat(call.from()).isEqualTo("+14156667777");
    assertThat(call.to()).isEqualTo("+14156667778");
    assertThat(call.callerName()).isNull();
    assertThat(call.direction().is(CallDirection.OUTBOUND)).isTrue();
    assertThat(call.direction().raw()).isEqualTo("outbound");
    assertThat(call.state().is(CallState.ACTIVE)).isTrue();
    assertThat(call.state().raw()).isEqualTo("ACTIVE");
    assertThat(call.initiationTime()).isEqualTo(Instant.parse("2014-10-15T09:03:38Z"));
    assertThat(call.answerTime()).isEqualTo(Instant.parse("2014-10-15T09:03:43Z"));
    assertThat(call.sessionStart()).isNull();
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(180));
    assertThat(call.endTime()).isNull();
    assertThat(call.billDuration()).isNull();
    assertThat(call.billedDuration()).isNull();
    assertThat(call.totalAmount()).isNull();
    assertThat(call.totalRate()).isNull();
    assertThat(call.hangupCauseCode()).isNull();
    assertThat(call.hangupCauseName()).isNull();
    assertThat(call.hangupSource()).isNull();
    assertThat(call.conferenceUuid()).isNull();
    assertThat(call.parentCallUuid()).isNull();
    assertThat(call.resourceUri())
        .isEqualTo("/v1/Account/MA2025RK4E639VJFZAGV/Call/97ceeb52-58b6-11e1-86da-77300b68f8bb/");
    assertThat(call.stirVerification()).isEqualTo("verified");
    assertThat(call.stirAttestation()).isEqualTo("A");
    assertThat(call.sourceIp()).isEqualTo("1.1.1.1");
  }

  @Test
  void currentFlatShapeDecodesFieldByField() throws IOException {
    LiveCall call = decode(UTC.liveCall(CURRENT_UUID), Fixtures.read("current-live-call.json"));

    assertThat(call.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(call.requestUuid()).isEqualTo("c1d2e3f4-0a1b-4c2d-8e3f-5a6b7c8d9e0f");
    assertThat(call.apiId()).isEqualTo("5e1a7c2e-2f4b-4d1a-9a61-0c7d3b8e9f10");
    assertThat(call.from()).isEqualTo("918041234567");
    assertThat(call.to()).isEqualTo("919876543210");
    assertThat(call.callerName()).isEqualTo("Front Desk");
    assertThat(call.direction().is(CallDirection.INBOUND)).isTrue();
    assertThat(call.direction().raw()).isEqualTo("inbound");
    assertThat(call.state().is(CallState.ACTIVE)).isTrue();
    assertThat(call.state().raw()).isEqualTo("in-progress");
    assertThat(call.sessionStart()).isEqualTo(Instant.parse("2026-06-11T16:03:28.586839Z"));
    assertThat(call.stirAttestation()).isEqualTo("Not Applicable");
    assertThat(call.stirVerification()).isEqualTo("Not Applicable");
    // Fields only the legacy shape carries are null, not zero or empty.
    assertThat(call.initiationTime()).isNull();
    assertThat(call.answerTime()).isNull();
    assertThat(call.duration()).isNull();
    assertThat(call.endTime()).isNull();
    assertThat(call.billDuration()).isNull();
    assertThat(call.billedDuration()).isNull();
    assertThat(call.totalAmount()).isNull();
    assertThat(call.totalRate()).isNull();
    assertThat(call.hangupCauseCode()).isNull();
    assertThat(call.hangupCauseName()).isNull();
    assertThat(call.hangupSource()).isNull();
    assertThat(call.conferenceUuid()).isNull();
    assertThat(call.parentCallUuid()).isNull();
    assertThat(call.resourceUri()).isNull();
    assertThat(call.sourceIp()).isNull();
  }

  @Test
  void emptyCallerNameIsNull() throws IOException {
    // The current docs: caller_name is "" when Vobiz has no caller ID name.
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"caller_name\":\"\",\"call_status\":\"ringing\"}");
    assertThat(call.callerName()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      // text,                          UTC instant,                    Asia/Kolkata instant
      "2014-10-15 09:03:43,             2014-10-15T09:03:43Z,           2014-10-15T03:33:43Z",
      "2026-06-11 16:03:28.586839,      2026-06-11T16:03:28.586839Z,    2026-06-11T10:33:28.586839Z",
      "2022-06-28 19:39:05+05:30,       2022-06-28T14:09:05Z,           2022-06-28T14:09:05Z",
  })
  void timestampsReadInTheClientZoneUnlessTheyCarryAnOffset(String text, String utc, String kolkata)
      throws IOException {
    String json = "{\"call_uuid\":\"u-1\",\"session_start\":\"" + text + "\",\"answer_time\":\"" + text
        + "\",\"initiation_time\":\"" + text + "\",\"end_time\":\"" + text + "\"}";

    LiveCall inUtc = decode(UTC.liveCall("u-1"), json);
    LiveCall inKolkata = decode(IN_KOLKATA.liveCall("u-1"), json);

    assertThat(inUtc.sessionStart()).isEqualTo(Instant.parse(utc));
    assertThat(inUtc.answerTime()).isEqualTo(Instant.parse(utc));
    assertThat(inUtc.initiationTime()).isEqualTo(Instant.parse(utc));
    assertThat(inUtc.endTime()).isEqualTo(Instant.parse(utc));
    assertThat(inKolkata.sessionStart()).isEqualTo(Instant.parse(kolkata));
    assertThat(inKolkata.answerTime()).isEqualTo(Instant.parse(kolkata));
    assertThat(inKolkata.initiationTime()).isEqualTo(Instant.parse(kolkata));
    assertThat(inKolkata.endTime()).isEqualTo(Instant.parse(kolkata));
  }

  @ParameterizedTest
  @CsvSource({
      "call_status, in-progress, ACTIVE",
      "call_status, ringing,     RINGING",
      "call_status, queued,      QUEUED",
      "call_status, no-answer,   NO_ANSWER",
      "call_status, cancel,      CANCELED",
      "call_status, completed,   COMPLETED",
      "call_state,  RINGING,     RINGING",
      "call_state,  EARLY,       EARLY",
      "call_state,  ACTIVE,      ACTIVE",
      "call_state,  HELD,        HELD",
  })
  void knownStatesFromBothShapesKeepTheirRawText(String field, String raw, CallState expected)
      throws IOException {
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"" + field + "\":\"" + raw + "\"}");
    assertThat(call.state().known()).contains(expected);
    assertThat(call.state().raw()).isEqualTo(raw);
  }

  @Test
  void unknownStatesAndDirectionsAreKeptRaw() throws IOException {
    LiveCall legacy = call("{\"calls\":[{\"call_uuid\":\"u-1\",\"call_state\":\"PARKED\","
        + "\"call_direction\":\"transfer\"}]}");
    assertThat(legacy.state().isKnown()).isFalse();
    assertThat(legacy.state().raw()).isEqualTo("PARKED");
    assertThat(legacy.state().orElse(CallState.ACTIVE)).isEqualTo(CallState.ACTIVE);
    assertThat(legacy.direction().isKnown()).isFalse();
    assertThat(legacy.direction().raw()).isEqualTo("transfer");

    LiveCall current = call("{\"call_uuid\":\"u-1\",\"call_status\":\"on-hold-music\"}");
    assertThat(current.state().isKnown()).isFalse();
    assertThat(current.state().raw()).isEqualTo("on-hold-music");
    assertThat(current.state()).isNotEqualTo(OpenEnum.of(CallState.HELD));
  }

  @Test
  void unknownFieldsOfEveryKindAreIgnored() throws IOException {
    String json = "{\"api_id\":\"a-1\",\"new_thing\":{\"deep\":[1,{\"x\":null}]},\"flag\":true,"
        + "\"calls\":[{\"call_uuid\":\"u-1\",\"call_state\":\"HELD\",\"legs\":[{\"id\":1}],"
        + "\"score\":0.5,\"note\":null}],\"trailer\":[\"a\",\"b\"]}";
    LiveCall call = call(json);
    assertThat(call.callUuid()).isEqualTo("u-1");
    assertThat(call.apiId()).isEqualTo("a-1");
    assertThat(call.state().is(CallState.HELD)).isTrue();
  }

  @Test
  void endedLegacyCallDecodesBillingAndHangupTyped() throws IOException {
    // What the legacy shape carries once a call ends between polls: billing and hangup fields set.
    String json = """
        {"api_id": "a-2", "calls": [{
          "call_uuid": "u-1", "call_state": "completed",
          "end_time": "2014-10-15 09:06:43",
          "bill_duration": 180, "billed_duration": 240,
          "total_amount": "0.01700", "total_rate": 0.00425,
          "hangup_cause_code": 4000, "hangup_cause_name": "Normal Hangup", "hangup_source": "Callee",
          "conference_uuid": "conf-1", "parent_call_uuid": "parent-1"
        }]}
        """;
    LiveCall call = call(json);
    assertThat(call.state().is(CallState.COMPLETED)).isTrue();
    assertThat(call.endTime()).isEqualTo(Instant.parse("2014-10-15T09:06:43Z"));
    assertThat(call.billDuration()).isEqualTo(Duration.ofSeconds(180));
    assertThat(call.billedDuration()).isEqualTo(Duration.ofSeconds(240));
    assertThat(call.totalAmount()).isEqualTo(new BigDecimal("0.01700")); // scale kept: exact money
    assertThat(call.totalRate()).isEqualTo(new BigDecimal("0.00425"));
    assertThat(call.hangupCauseCode()).isEqualTo(4000);
    assertThat(call.hangupCauseName()).isEqualTo("Normal Hangup");
    assertThat(call.hangupSource()).isEqualTo("Callee");
    assertThat(call.conferenceUuid()).isEqualTo("conf-1");
    assertThat(call.parentCallUuid()).isEqualTo("parent-1");
  }

  @Test
  void numericStringsForMoneyAndHangupCodeAreRead() throws IOException {
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"total_amount\":0.5,\"total_rate\":\"\","
        + "\"hangup_cause_code\":\"4010\"}");
    assertThat(call.totalAmount()).isEqualTo(new BigDecimal("0.5"));
    assertThat(call.totalRate()).isNull(); // an empty string is "no value", not zero
    assertThat(call.hangupCauseCode()).isEqualTo(4010);
  }

  @Test
  void legacyBodyPicksTheRequestedCall() throws IOException {
    String json = "{\"api_id\":\"a-3\",\"calls\":["
        + "{\"call_uuid\":\"other-1\",\"call_state\":\"RINGING\"},"
        + "{\"call_uuid\":\"WANTED-2\",\"call_state\":\"HELD\",\"from_number\":\"+1555\"},"
        + "{\"call_uuid\":\"other-3\",\"call_state\":\"EARLY\"}]}";
    LiveCall call = decode(UTC.liveCall("wanted-2"), json); // UUIDs match ignoring case
    assertThat(call.callUuid()).isEqualTo("WANTED-2");
    assertThat(call.state().is(CallState.HELD)).isTrue();
    assertThat(call.from()).isEqualTo("+1555");
    assertThat(call.apiId()).isEqualTo("a-3");
  }

  @Test
  void legacyBodyWithOneCallUnderAnotherUuidGivesThatCall() throws IOException {
    // Vobiz also calls the call UUID the request UUID; the path already named the call.
    LiveCall call = decode(UTC.liveCall("req-uuid-1"),
        "{\"calls\":[{\"call_uuid\":\"call-uuid-1\",\"call_state\":\"ACTIVE\"}]}");
    assertThat(call.callUuid()).isEqualTo("call-uuid-1");
  }

  @Test
  void legacyBodyWithEmptyCallsIsNotLive() {
    assertThatThrownBy(() -> decode(UTC.liveCall("u-1"), "{\"api_id\":\"a-4\",\"calls\":[]}"))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(404);
          assertThat(e.details().message()).isEqualTo("Call u-1 is not live: Vobiz listed no live calls");
        });
  }

  @Test
  void legacyBodyWithSeveralOtherCallsIsNotLive() {
    String json = "{\"calls\":[{\"call_uuid\":\"a\"},{\"call_uuid\":\"b\"}]}";
    assertThatThrownBy(() -> decode(UTC.liveCall("u-1"), json))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(404);
          assertThat(e.details().message())
              .isEqualTo("Call u-1 is not live: Vobiz listed 2 calls, none of them this one");
        });
  }

  @Test
  void errorInA200BodyIsAnErrorNotACall() {
    assertThatThrownBy(() -> call("{\"api_id\":\"a-5\",\"error\":\"call not found\"}"))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(404);
          assertThat(e.details().message()).isEqualTo("call not found");
          assertThat(e.details().requestId()).isEqualTo("a-5");
        });
    assertThatThrownBy(() -> call("{\"api_id\":\"a-6\",\"error\":\"Invalid call uuid format\"}"))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(400));
  }

  @Test
  void errorBodyIsDetectedEvenWhenOtherFieldsHaveOddTypes() {
    // A call field with a wrong type must not hide the error the body reports.
    String json = "{\"call_duration\":\"n/a\",\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\","
        + "\"message\":\"Too many requests\",\"details\":{\"retryAfter\":5}},\"requestId\":\"r-1\"}";
    assertThatThrownBy(() -> call(json))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(429);
          assertThat(e.details().code()).isEqualTo("RATE_LIMITED");
          assertThat(e.details().retryAfter()).isEqualTo(Duration.ofSeconds(5));
          assertThat(e.details().requestId()).isEqualTo("r-1");
        });
  }

  @Test
  void nullAndEmptyErrorFieldsDoNotMakeACallAnError() throws IOException {
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"error\":null,\"status\":\"live\"}");
    assertThat(call.callUuid()).isEqualTo("u-1");
    assertThat(call("{\"call_uuid\":\"u-1\",\"error\":\"\"}").callUuid()).isEqualTo("u-1");
  }

  @Test
  void wronglyTypedCallsDoNotHideTheError() {
    // The record cannot read "calls" here, and it comes before the error: the error still wins.
    String json = "{\"calls\":\"nope\",\"api_id\":\"a-11\",\"error\":\"not found\"}";
    assertThatThrownBy(() -> call(json))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(404);
          assertThat(e.details().message()).isEqualTo("not found");
          assertThat(e.details().requestId()).isEqualTo("a-11");
        });
    assertThatThrownBy(() -> decode(UTC.liveCallList(), json))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(404));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"status\":\"live\"",
      "\"status\":\"ok\",\"error\":null",
      "\"error\":\"\"",
      "\"error\":\"  \"",
      "\"error\":null",
      "\"error\":false",
      "\"status\":1",
      "\"status\":{\"state\":\"error\"},\"error\":[]",
  })
  void statusOrErrorThatIsNotAnErrorLeavesEveryFieldAsItWas(String fields) throws IOException {
    for (String fixture : new String[] {"legacy-live-call.json", "current-live-call.json"}) {
      String body = Fixtures.read(fixture);
      String uuid = fixture.startsWith("legacy") ? LEGACY_UUID : CURRENT_UUID;
      LiveCall plain = decode(UTC.liveCall(uuid), body);
      assertThat(decode(UTC.liveCall(uuid), first(body, fields))).as(fixture).isEqualTo(plain);
      assertThat(decode(UTC.liveCall(uuid), last(body, fields))).as(fixture).isEqualTo(plain);
    }
    String list = Fixtures.read("live-call-list.json");
    LiveCallList plain = decode(UTC.liveCallList(), list);
    assertThat(decode(UTC.liveCallList(), first(list, fields))).isEqualTo(plain);
    assertThat(decode(UTC.liveCallList(), last(list, fields))).isEqualTo(plain);
  }

  /** Puts {@code fields} first in the body's top-level object. */
  private static String first(String body, String fields) {
    return body.replaceFirst("\\{", "{" + fields + ",");
  }

  /** Puts {@code fields} last in the body's top-level object. */
  private static String last(String body, String fields) {
    int end = body.lastIndexOf('}');
    return body.substring(0, end) + "," + fields + body.substring(end);
  }

  @Test
  void errorFieldsOfALegacyCallAreNotTheBodysError() throws IOException {
    // Only the top level says whether the body is an error, as Vobiz puts it there.
    LiveCall call = call("{\"api_id\":\"a-12\",\"calls\":[{\"call_uuid\":\"u-1\",\"status\":\"error\","
        + "\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"gone\"},\"call_state\":\"ACTIVE\"}]}");
    assertThat(call.callUuid()).isEqualTo("u-1");
    assertThat(call.apiId()).isEqualTo("a-12");
    assertThat(call.state().is(CallState.ACTIVE)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"calls\":\"nope\",\"error\":\"not found\"",
      "{\"call_uuid\":\"u-1\",\"status\":\"live\"",
      "{\"call_uuid\":\"u-1\",\"calls\":[",
  })
  void truncatedBodyFailsAsADecodingFailure(String json) {
    // Never as the error it may hold, nor with a failure of the second look's own reading.
    assertThatThrownBy(() -> call(json)).isInstanceOfAny(EOFException.class, JsonDataException.class);
    assertThatThrownBy(() -> decode(UTC.liveCallList(), json))
        .isInstanceOfAny(EOFException.class, JsonDataException.class);
  }

  @Test
  void missingNullAndEmptyFieldsAreNull() throws IOException {
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"from\":null,\"to\":\"\",\"call_status\":\"\","
        + "\"direction\":null,\"stir_attestation\":\" \"}");
    assertThat(call).isEqualTo(new LiveCall("u-1", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
  }

  @Test
  void currentNamesWinOverLegacyNamesWhenBothAreSent() throws IOException {
    LiveCall call = call("{\"call_uuid\":\"u-1\",\"from\":\"new\",\"from_number\":\"old\","
        + "\"call_status\":\"ringing\",\"call_state\":\"ACTIVE\",\"direction\":\"inbound\","
        + "\"call_direction\":\"outbound\"}");
    assertThat(call.from()).isEqualTo("new");
    assertThat(call.state().raw()).isEqualTo("ringing");
    assertThat(call.direction().raw()).isEqualTo("inbound");
  }

  @Test
  void bodyWithoutACallUuidIsADecodingError() {
    assertThatThrownBy(() -> call("{\"api_id\":\"a-7\",\"call_status\":\"in-progress\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'call_uuid' is missing, null or empty at path $.call_uuid");
  }

  @Test
  void durationAsTextIsADecodingErrorWithItsPath() {
    assertThatThrownBy(() -> call("{\"call_uuid\":\"u-1\",\"call_duration\":\"180s\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.call_duration");
  }

  @Test
  void listDecodes() throws IOException {
    LiveCallList list = decode(UTC.liveCallList(), Fixtures.read("live-call-list.json"));
    assertThat(list.apiId()).isEqualTo("9d4b2a10-6c3e-4f5a-8b7d-1e2f3a4b5c6d");
    assertThat(list.callUuids()).containsExactly(CURRENT_UUID, LEGACY_UUID);
    assertThat(list.count()).isEqualTo(2);
  }

  @Test
  void listWithoutCallsIsEmpty() throws IOException {
    LiveCallList empty = decode(UTC.liveCallList(), "{\"api_id\":\"a-8\",\"calls\":[]}");
    assertThat(empty.callUuids()).isEmpty();
    LiveCallList missing = decode(UTC.liveCallList(), "{\"api_id\":\"a-9\" /* no calls key */}");
    assertThat(missing.callUuids()).isEmpty();
    assertThat(missing.count()).isZero();
  }

  @Test
  void listWithANullUuidIsADecodingError() {
    assertThatThrownBy(() -> decode(UTC.liveCallList(), "{\"calls\":[\"a\",null]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.calls[1]");
  }

  @Test
  void listStructuredErrorIsAnErrorWithItsDetails() {
    String json = "{\"calls\":[{}],\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\","
        + "\"message\":\"Slow down\",\"details\":{\"retryAfter\":\"2.5\"}},\"requestId\":\"r-2\"}";
    assertThatThrownBy(() -> decode(UTC.liveCallList(), json))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(429);
          assertThat(e.details().code()).isEqualTo("RATE_LIMITED");
          assertThat(e.details().message()).isEqualTo("Slow down");
          assertThat(e.details().retryAfter()).isEqualTo(Duration.ofMillis(2500));
          assertThat(e.details().requestId()).isEqualTo("r-2");
        });
  }

  @Test
  void listErrorBodyIsAnError() {
    assertThatThrownBy(() -> decode(UTC.liveCallList(), "{\"api_id\":\"a-10\",\"error\":\"unauthorized\"}"))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(401));
  }

  @Test
  void liveCallListIsImmutableAndNeverNull() {
    java.util.List<String> source = new java.util.ArrayList<>(java.util.List.of("a"));
    LiveCallList list = new LiveCallList(null, source);
    source.add("b");
    assertThat(list.callUuids()).containsExactly("a");
    assertThatThrownBy(() -> list.callUuids().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new LiveCallList(null, null).callUuids()).isEmpty();
  }

  // ---- through the client's pipeline, over HTTP ----

  @StartStop final MockWebServer server = new MockWebServer();

  /** Serves {@code body} (' for ") once as a 200, and reads it with a client that does not retry. */
  private <T> T served(String body, Function<LiveCallsService, T> read) {
    server.enqueue(new MockResponse.Builder().code(200).body(body.replace('\'', '"')).build());
    try (VobizClient vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
        .baseUrl(server.url("/").toString()).maxRetries(0).build()) {
      return read.apply(vobiz.liveCalls());
    }
  }

  /** Serves {@code body} like {@link #served} and gets call {@code u-1} from it. */
  private LiveCall live(String body) {
    return served(body, calls -> calls.get("u-1"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // A call without its UUID: at the path of the missing value, also in a legacy body.
      "get  | {'api_id':'a-1','call_status':'ringing','call_uuid':' '}  | $.call_uuid | REQUIRED",
      "get  | {'call_status':'ringing','x.y':{'call_uuid':'u-1'}}        | $.call_uuid | REQUIRED",
      "get  | {'calls':[{'call_state':'RINGING'}]}                       | $.calls[0].call_uuid | REQUIRED",
      "get  | {'calls':[{'call_uuid':'a'},{'request_uuid':'U-1','call_uuid':null}]} "
          + "| $.calls[1].call_uuid | REQUIRED",
      // A body of the wrong shape.
      "get  | null                      | $          | Expected a live call object but was NULL",
      "get  | ['u-1']                   | $          | Expected a live call object but was BEGIN_ARRAY",
      "get  | {'calls':['u-1']}         | $.calls[0] | Expected a call object but was STRING",
      "get  | {'calls':{'call_uuid':1}} | $.calls    | Expected an array but was BEGIN_OBJECT",
      "list | []                        | $          | Expected a live call list object but was BEGIN_ARRAY",
      "list | {'calls':'a'}             | $.calls    | Expected an array but was STRING",
      "list | {'calls':['a',{}]}        | $.calls[1] | Expected a string but was BEGIN_OBJECT",
      "list | {'calls':['a',' ']}       | $.calls[1] | Expected a call UUID but was blank",
  })
  void anUndecodableBodyFailsAtItsPath(String read, String body, String path, String message) {
    ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
        () -> served(body, calls -> read.equals("list") ? calls.list() : calls.get("u-1")));

    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.getMessage()).contains((message.equals("REQUIRED")
        ? "Required value 'call_uuid' is missing, null or empty" : message) + " at path " + path);
  }

  @Test
  void legacyCallsWithoutAUuidThatAreNotTheResultDoNotMatter() {
    LiveCall call = live("{'calls':[{'call_state':'RINGING'},{'call_uuid':'u-1','call_state':'HELD'}]}");
    assertThat(call.state().is(CallState.HELD)).isTrue();
  }

  @Test
  void theRequestUuidPicksALegacyCallIgnoringCase() {
    LiveCall call = served("{'calls':[{'call_uuid':'a','from_number':'+1'},"
        + "{'call_uuid':'b','request_uuid':'REQ-1','from_number':'+2'}]}", calls -> calls.get("req-1"));
    assertThat(call.callUuid()).isEqualTo("b");
    assertThat(call.from()).isEqualTo("+2");
  }

  @Test
  void callsPassedOverLeaveNothingBehindInThePickedOne() {
    // The calls that are neither the first nor the requested one are read into one reused slot.
    LiveCall call = live("{'calls':[{'call_uuid':'a','from':'+1'},"
        + "{'call_uuid':'b','caller_name':'B','call_duration':5,'total_amount':'1.5'},"
        + "{'call_uuid':'c','hangup_source':'Callee','direction':'inbound'},"
        + "{'call_uuid':'U-1','call_state':'ACTIVE'}]}");
    assertThat(call).isEqualTo(live("{'calls':[{'call_uuid':'U-1','call_state':'ACTIVE'}]}"));
  }

  @Test
  void nullsAmongTheLegacyCallsCountButAreNeverTheCall() {
    assertThat(live("{'calls':[null,{'call_uuid':'U-1'},null]}").callUuid()).isEqualTo("U-1");
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> live("{'calls':[null]}"));
    assertThat(e.vendorMessage())
        .isEqualTo("Call u-1 is not live: Vobiz listed 1 call, none of them this one");
    Optional<LiveCall> none = served("{'calls':[null,null]}", calls -> calls.find("u-1"));
    assertThat(none).isEmpty();
  }

  @Test
  void aBlankValueUnderTheCurrentNameFallsBackToTheLegacyName() {
    LiveCall call = live("{'call_uuid':'u-1','from':'','from_number':'+1555','to':' ','to_number':'+1666',"
        + "'call_status':'','call_state':'HELD','direction':' ','call_direction':'inbound'}");
    assertThat(call.from()).isEqualTo("+1555");
    assertThat(call.to()).isEqualTo("+1666");
    assertThat(call.state().is(CallState.HELD)).isTrue();
    assertThat(call.direction().is(CallDirection.INBOUND)).isTrue();
  }

  @Test
  void envelopeNamesInsideALegacyCallAreIgnored() {
    // Only the top level says what the request's id is and whether the body is an error.
    LiveCall call = live("{'api_id':'a-1','calls':[{'call_uuid':'u-1','api_id':{'x':1},'calls':'nope',"
        + "'status':'error','error':'gone','message':[1],'requestId':7}]}");
    assertThat(call.callUuid()).isEqualTo("u-1");
    assertThat(call.apiId()).isEqualTo("a-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'calls':[{'call_uuid':'a'},{'call_uuid':'b'}],'api_id':'a-1','error':'Permission denied'}",
      "{'calls':[],'api_id':'a-1','error':'Permission denied'}",
      "{'calls':[{'call_state':'ACTIVE'}],'status':'error','error':{'code':'403','message':'no'}}",
      "{'call_status':'in-progress','error':'Permission denied'}",
  })
  void anErrorBodyIsTheErrorWhateverItsCallsSay(String body) {
    // On the first pass already: the error fields are checked before any finding about the call.
    String json = body.replace('\'', '"');
    assertThatThrownBy(() -> UTC.liveCall("u-1").decode(lenientReader(json)))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(403));
    PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class, () -> live(body));
    assertThat(e.statusCode()).isEqualTo(200);
  }

  @Test
  void aListErrorBodyIsTheErrorWhateverItsUuidsAre() {
    String json = "{\"calls\":[\"a\",null,\" \"],\"error\":\"Permission denied\"}";
    assertThatThrownBy(() -> UTC.liveCallList().decode(lenientReader(json)))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(403));
    assertThatThrownBy(() -> served(json, LiveCallsService::list))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void aLaterDuplicateFieldWins() {
    LiveCall call = live("{'calls':[{'call_uuid':'x'}],'call_uuid':'flat','calls':null,"
        + "'from':'+1','from':null}");
    assertThat(call.callUuid()).isEqualTo("flat"); // "calls": null is the flat shape
    assertThat(call.from()).isNull();
    assertThat(served("{'calls':[null],'calls':['a']}", LiveCallsService::list).callUuids())
        .containsExactly("a");
  }
}
