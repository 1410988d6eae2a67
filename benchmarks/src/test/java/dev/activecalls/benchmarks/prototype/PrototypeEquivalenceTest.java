package dev.activecalls.benchmarks.prototype;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.activecalls.benchmarks.CannedResponseInterceptor;
import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.LargeListBenchmark;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.Json;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.CallState;
import dev.activecalls.vobiz.VobizClient;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Checks that the prototypes decode exactly what the SDK decodes, and fail exactly where and how
 * it fails: same values, same exception types and messages.
 */
class PrototypeEquivalenceTest {
  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("America/New_York"));

  @Test
  void durationsParseExactlyAsTheSdkDoes() {
    JsonAdapter<Duration> sdk = Json.moshi().adapter(Duration.class);
    JsonAdapter<Duration> proposed = PrototypeJson.moshi(ZoneOffset.UTC).adapter(Duration.class);
    for (String json : List.of("0", "7", "145", "999999999", "1000000000", "9223372036", "92233720368",
        "145.5", "145.0", "1e2", "1.5E1", "-5", "-0", "0.000000001", "0.0000000001", "\"12\"", "null", "true")) {
      assertThat(outcome(() -> proposed.fromJson(json))).as(json).isEqualTo(outcome(() -> sdk.fromJson(json)));
    }
  }

  @Test
  void openEnumsDecodeExactlyAsTheSdkDoes() {
    Type type = Types.newParameterizedType(OpenEnum.class, CallState.class);
    Moshi sdkMoshi = Json.moshi();
    Moshi proposedMoshi = PrototypeJson.moshi(ZoneOffset.UTC);
    JsonAdapter<OpenEnum<CallState>> sdk = sdkMoshi.adapter(type);
    JsonAdapter<OpenEnum<CallState>> proposed = proposedMoshi.adapter(type);
    for (String json : List.of("\"ACTIVE\"", "\"active\"", "\"in-progress\"", "\"IN-PROGRESS\"",
        "\"In-Progress\"", "\"no-answer\"", "\"NO_ANSWER\"", "\"cancelled\"", "\"Cancel\"", "\" ringing \"",
        "\"brand-new-state\"", "\"\"", "\"\\u0041CTIVE\"", "42", "true", "null", "{}")) {
      Object expected = outcome(() -> sdk.fromJson(json));
      Object actual = outcome(() -> proposed.fromJson(json));
      assertThat(describe(actual)).as(json).isEqualTo(describe(expected));
    }
  }

  @Test
  void trilletListDecodesAsTheSdkDoes() {
    List<byte[]> bodies = new ArrayList<>(List.of(
        Payloads.resource(Payloads.TRILLET_LIST),
        Payloads.trilletList(300, LargeListBenchmark.SEED),
        utf8("{\"data\":[],\"count\":0,\"timestamp\":\"2024-06-01T10:02:25.000Z\"}"),
        utf8("{\"count\":0,\"timestamp\":\"2024-06-01T10:02:25.000Z\"}"),
        utf8("{\"data\":[{\"id\":\"a\",\"aiAgentName\":\"x\",\"duration\":1,\"status\":\"active\","
            + "\"transferRequested\":false,\"type\":\"web\"}],\"count\":1,\"timestamp\":\"2024-06-01T10:02:25Z\"}"),
        utf8("{\"data\":[{\"id\":\"a\",\"roomName\":\"r\",\"aiAgentName\":\"x\",\"duration\":1,\"status\":\"active\","
            + "\"transferRequested\":false,\"type\":\"web\",\"participants\":[{\"identity\":\"i\",\"isAgent\":true}]}],"
            + "\"count\":1,\"timestamp\":\"2024-06-01T10:02:25Z\"}"),
        utf8("{\"data\":[{\"id\":\"a\",\"roomName\":\"r\",\"aiAgentName\":\"x\",\"duration\":1,\"status\":\"active\","
            + "\"transferRequested\":false,\"type\":\"web\",\"participants\":[{\"identity\":\"i\",\"isAgent\":true,"
            + "\"joinedAt\":\"2024-06-01T10:00:00Z\",\"metadata\":\"{\\\"k\\\":1}\"}]}],"
            + "\"count\":1,\"timestamp\":\"2024-06-01T10:02:25Z\"}"),
        utf8("{\"data\":[null],\"count\":1,\"timestamp\":\"2024-06-01T10:02:25Z\"}"),
        utf8("{\"data\":[],\"count\":0,\"timestamp\":\"yesterday\"}")));
    for (byte[] body : bodies) {
      Object expected;
      try (TrilletClient sdk = Clients.trillet(new CannedResponseInterceptor(body))) {
        expected = outcome(() -> sdk.activeCalls().list());
      }
      Object actual;
      try (PrototypeClients<PrototypeClients.TrilletList> prototype =
          PrototypeClients.trillet(new CannedResponseInterceptor(body), true)) {
        actual = outcome(() -> prototype.call().list());
      }
      assertThat(actual).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void vobizLiveCallDecodesAsTheSdkDoes() {
    List<byte[]> bodies = List.of(
        Payloads.resource(Payloads.VOBIZ_LEGACY),
        Payloads.resource(Payloads.VOBIZ_CURRENT),
        utf8("{\"api_id\":\"x\",\"error\":\"not found\"}"),
        utf8("{\"status\":\"error\",\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such call\","
            + "\"details\":{\"retryAfter\":3}},\"timestamp\":\"2024-06-01T10:00:00Z\",\"requestId\":\"r1\"}"),
        utf8("{\"api_id\":\"x\",\"calls\":[]}"),
        utf8("{\"api_id\":\"x\",\"calls\":[{\"call_uuid\":\"other\"},{\"call_uuid\":\"another\"}]}"),
        utf8("{\"api_id\":\"x\",\"error\":\"boom\",\"calls\":\"not a list\"}"),
        utf8("{\"api_id\":\"x\",\"call_uuid\":\"97ceeb52-58b6-11e1-86da-77300b68f8bb\",\"call_duration\":\"12\"}"),
        utf8("{\"api_id\":\"x\",\"call_uuid\":\"97ceeb52-58b6-11e1-86da-77300b68f8bb\",\"status\":\"ok\"}"),
        utf8("{\"api_id\":\"x\",\"caller_name\":\"\"}"),
        utf8("[]"));
    for (byte[] body : bodies) {
      Object expected;
      try (VobizClient sdk = Clients.vobiz(new CannedResponseInterceptor(body))) {
        expected = outcome(() -> sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID));
      }
      Object actual;
      try (PrototypeClients<PrototypeClients.VobizGet> prototype =
          PrototypeClients.vobiz(new CannedResponseInterceptor(body), true)) {
        actual = outcome(() -> prototype.call().get(Payloads.VOBIZ_CALL_UUID));
      }
      assertThat(actual).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void talkoverCallsDecodeAsTheSdkDoes() {
    List<byte[]> bodies = List.of(
        Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL),
        utf8("{\"success\":true,\"data\":[]}"),
        utf8("{\"success\":true,\"data\":null}"),
        utf8("{\"success\":true}"),
        utf8("{\"data\":[]}"),
        utf8("{\"success\":true,\"data\":{\"id\":\"c\",\"agent_id\":\"a\",\"to\":\"+15551234567\","
            + "\"status\":\"ringing\",\"started_at\":\"2025-09-03T23:19:51.000000Z\"}}"),
        utf8("{\"success\":true,\"data\":[{\"id\":\"c\",\"agent_id\":\"a\",\"status\":\"ringing\","
            + "\"started_at\":\"2025-09-03T23:19:51.000000Z\"}]}"),
        utf8("{\"success\":false,\"message\":\"Agent not found\",\"code\":\"NOT_FOUND\"}"),
        utf8("{\"data\":[{\"id\":\"c\"}],\"success\":false,\"message\":\"nope\"}"),
        utf8("{\"success\":\"yes\",\"data\":[]}"),
        utf8("{\"success\":true,\"data\":[1]}"),
        utf8("{\"success\":true,\"data\":[],\"message\":\"ok\"}"));
    for (byte[] body : bodies) {
      Object expected;
      try (TalkoverClient sdk = Clients.talkover(new CannedResponseInterceptor(body))) {
        expected = outcome(() -> sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE));
      }
      Object actual;
      try (PrototypeClients<PrototypeClients.TalkoverList> prototype =
          PrototypeClients.talkover(new CannedResponseInterceptor(body), true)) {
        actual = outcome(() -> prototype.call().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE));
      }
      assertThat(actual).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void prototypesWithoutCallTimeoutDecodeTheSame() {
    byte[] body = Payloads.resource(Payloads.TRILLET_LIST);
    try (TrilletClient sdk = Clients.trillet(new CannedResponseInterceptor(body));
        PrototypeClients<PrototypeClients.TrilletList> prototype =
            PrototypeClients.trillet(new CannedResponseInterceptor(body), false)) {
      assertThat(prototype.call().list()).isEqualTo(sdk.activeCalls().list());
    }
  }

  /** The value, or the exception's class and message (and its cause's), for comparison. */
  private static Object outcome(Callable<?> action) {
    try {
      return action.call();
    } catch (Exception | AssertionError e) {
      Throwable cause = e.getCause();
      return List.of(e.getClass().getName(), Objects.toString(e.getMessage()),
          cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage());
    }
  }

  private static Object describe(Object value) {
    return value instanceof OpenEnum<?> open ? List.of(open.raw(), open.known(), open) : value;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
