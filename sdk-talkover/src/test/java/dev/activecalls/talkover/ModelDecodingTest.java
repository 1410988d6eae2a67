package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.talkover.internal.ModelReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding of Talkover bodies: the seed's examples verbatim, then the nasty cases. */
class ModelDecodingTest {
  private List<ActiveCall> decode(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(true); // as the pipeline hands it over
    return ModelReader.ACTIVE_CALLS.decode(reader);
  }

  @Test
  void seedExampleDecodesFieldByField() throws IOException {
    List<ActiveCall> calls = decode(Fixtures.read("seed-004-active-call.json"));

    assertThat(calls).hasSize(1);
    ActiveCall call = calls.get(0);
    assertThat(call.id()).isEqualTo("call-uuid-1");
    assertThat(call.agentId()).isEqualTo("agent-uuid");
    assertThat(call.to()).isEqualTo("+15551234567");
    assertThat(call.status().raw()).isEqualTo("answered");
    assertThat(call.status().known()).contains(CallStatus.ANSWERED);
    assertThat(call.startedAt()).isEqualTo(Instant.parse("2024-01-15T11:00:00Z"));
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void microsecondTimestampsAndEveryKnownStatus() throws IOException {
    List<ActiveCall> calls = decode(Fixtures.read("several-calls.json"));

    assertThat(calls).extracting(ActiveCall::id)
        .containsExactly("call-older", "call-latest", "call-middle");
    assertThat(calls.get(0).startedAt()).isEqualTo(Instant.parse("2025-09-03T23:19:51Z"));
    assertThat(calls.get(1).startedAt()).isEqualTo(Instant.parse("2025-09-03T23:24:10.250Z"));
    assertThat(calls).extracting(c -> c.status().orElse(null))
        .containsExactly(CallStatus.ANSWERED, CallStatus.RINGING, CallStatus.INITIATED);
    assertThat(calls).extracting(ActiveCall::duration)
        .containsExactly(Duration.ofSeconds(300), Duration.ZERO, Duration.ofSeconds(5));
  }

  @Test
  void unknownFieldsCommentsNewStatusAndOddValuesDecode() throws IOException {
    List<ActiveCall> calls = decode(Fixtures.read("nasty-call.json"));

    assertThat(calls).hasSize(1);
    ActiveCall call = calls.get(0);
    assertThat(call.id()).isEqualTo("987654321"); // a numeric id is kept as its text
    assertThat(call.to()).isEqualTo("+442079460958");
    assertThat(call.status().raw()).isEqualTo("On-Hold");
    assertThat(call.status().isKnown()).isFalse();
    assertThat(call.status().known()).isEmpty();
    assertThat(call.startedAt()).isEqualTo(Instant.parse("2025-09-03T21:19:51.123456789Z"));
    assertThat(call.duration()).isEqualTo(Duration.ofMillis(12_500));
  }

  @Test
  void statusMatchesIgnoringCase() throws IOException {
    List<ActiveCall> calls = decode(call("\"RINGING\""));

    assertThat(calls.get(0).status()).isEqualTo(OpenEnum.of(CallStatus.class, "RINGING"));
    assertThat(calls.get(0).status().is(CallStatus.RINGING)).isTrue();
    assertThat(calls.get(0).status().raw()).isEqualTo("RINGING");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"success\": true, \"data\": []}",
      "{\"success\": true, \"data\": null}",
      "{\"success\": true}",
      "{\"data\": []}"})
  void noDataIsNoCalls(String body) throws IOException {
    assertThat(decode(body)).isEmpty();
  }

  @Test
  void aSingleCallObjectInsteadOfAnArrayIsOneCall() throws IOException {
    String body = "{\"success\": true, \"data\": {\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+15551234567\","
        + " \"status\": \"answered\", \"started_at\": \"2024-01-15T11:00:00Z\", \"duration_seconds\": 1}}";

    assertThat(decode(body)).extracting(ActiveCall::id).containsExactly("c1");
  }

  @Test
  void missingOrNullDurationIsNull() throws IOException {
    String missing = "{\"success\": true, \"data\": [{\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+1555\","
        + " \"status\": \"initiated\", \"started_at\": \"2024-01-15T11:00:00Z\"}]}";
    String explicitNull = missing.replace("\"initiated\",", "\"initiated\", \"duration_seconds\": null,");

    assertThat(decode(missing).get(0).duration()).isNull();
    assertThat(decode(explicitNull).get(0).duration()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"id", "agent_id", "to", "status", "started_at"})
  void aMissingRequiredFieldNamesItAndTheCall(String field) {
    String full = "{\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+15551234567\", \"status\": \"answered\","
        + " \"started_at\": \"2024-01-15T11:00:00Z\", \"duration_seconds\": 1}";
    String without = full.replaceFirst("\"" + field + "\": [^,}]+,? ?", "");
    String body = "{\"success\": true, \"data\": [" + full + ", " + without + "]}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value '" + field + "' is missing, null or empty at path $.data[1]." + field);
  }

  @Test
  void aNullRequiredFieldIsRefusedToo() {
    assertThatThrownBy(() -> decode(call("null")))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'status' is missing, null or empty at path $.data[0].status");
  }

  @Test
  void aWrongTypeNamesThePreciseField() {
    String body = "{\"success\": true, \"data\": [{\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+1\","
        + " \"status\": \"answered\", \"started_at\": \"yesterday\"}]}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.data[0].started_at")
        .hasMessageContaining("yesterday");
  }

  @Test
  void aDurationAsTextIsRefused() {
    String body = "{\"success\": true, \"data\": [{\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+1\","
        + " \"status\": \"answered\", \"started_at\": \"2024-01-15T11:00:00Z\", \"duration_seconds\": \"42\"}]}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.data[0].duration_seconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[]",
      "\"ok\"",
      "{\"success\": true, \"data\": \"none\"}",
      "{\"success\": true, \"data\": [null]}",
      "{\"success\": true, \"data\": [42]}",
      "{\"success\": \"yes\", \"data\": []}"})
  void shapesThatAreNotTheEnvelopeAreRefused(String body) {
    assertThatThrownBy(() -> decode(body)).isInstanceOf(JsonDataException.class);
  }

  @Test
  void successFalseIsAnErrorWithTheVendorsMessageAndCode() {
    String body = "{\"success\": false, \"message\": \"Agent is disabled\", \"code\": \"AGENT_DISABLED\"}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(200); // no known meaning: an unexpected-status error
          assertThat(e.details().message()).isEqualTo("Agent is disabled");
          assertThat(e.details().code()).isEqualTo("AGENT_DISABLED");
        });
  }

  @Test
  void successFalseIgnoresWhateverDataItCarries() {
    String body = "{\"success\": false, \"data\": {\"garbage\": [1, 2]}, \"message\": \"Nope\", \"code\": 401}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> {
          assertThat(e.classifyAs()).isEqualTo(401);
          assertThat(e.details().message()).isEqualTo("Nope");
          assertThat(e.details().code()).isEqualTo("401");
        });
  }

  @ParameterizedTest
  @CsvSource({
      "NOT_FOUND, 404",
      "no-active-call, 404",
      "UNAUTHORIZED, 401",
      "invalid_token, 401",
      "FORBIDDEN, 403",
      "RATE_LIMITED, 429",
      "too many requests, 429",
      "CONFLICT, 409",
      "CALL_NOT_ACTIVE, 409",
      "UNPROCESSABLE_ENTITY, 422",
      "VALIDATION_ERROR, 400",
      "SERVICE_UNAVAILABLE, 503",
      "INTERNAL_ERROR, 500",
      "429, 429",
      "503, 503",
      "302, 200",
      "42, 200",
      "AGENT_DISABLED, 200"})
  void successFalseIsClassifiedByItsCode(String code, int expected) {
    String body = "{\"success\": false, \"message\": \"m\", \"code\": \"" + code + "\"}";

    assertThatThrownBy(() -> decode(body))
        .isInstanceOfSatisfying(ErrorInBodyException.class, e -> assertThat(e.classifyAs()).isEqualTo(expected));
  }

  private static String call(String status) {
    return "{\"success\": true, \"data\": [{\"id\": \"c1\", \"agent_id\": \"a\", \"to\": \"+15551234567\","
        + " \"status\": " + status + ", \"started_at\": \"2024-01-15T11:00:00Z\", \"duration_seconds\": 1}]}";
  }
}
