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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
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
  void timestampsParseExactlyAsTheSdkDoes() {
    List<String> texts = new ArrayList<>(List.of(
        "2024-06-01T10:00:00.000Z", "2025-09-03T23:19:51.000000Z", "2024-01-15T11:00:00Z",
        "2014-10-15 09:03:43", "2026-06-11 16:03:28.586839", "2022-06-28 19:39:05+05:30",
        "2024-06-01t10:00:00z", "2024-06-01T10:00Z", "2024-06-01T10:00", "2024-06-01T10:00:00.Z",
        "2024-06-01T10:00:00.1234567891Z", "2024-06-01T10:00:00+0530", "2024-06-01T10:00:00+05",
        "2024-06-01T10:00:00+05:30:15", "2024-06-01T10:00:00-00:00", "2024-06-01T10:00:00+18:00",
        "2024-06-01T10:00:00+19:00", "2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z",
        "2024-04-31T10:00:00Z", "2024-06-01T24:00:00Z", "2024-06-01T23:59:60Z", "2024-06-01T10:60:00Z",
        "2024-13-01T10:00:00Z", "2024-00-10T10:00:00Z", "2024-06-00T10:00:00Z", "2024-6-1T10:00:00Z",
        "2024-06-0110:00:00Z", "2024-06-01T 10:00:00Z", "2024-06-01  10:00:00", "+12024-06-01T10:00:00Z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-06-01T10:00:00 Z",
        "2024-06-01T10:00:00.5", "2024-03-10 02:30:00", "2024-11-03 01:30:00", "not a time", "",
        "2024-06-01T10:00:00.000Zjunk", "2024-06-01T10:00:00.000+05:3"));
    Random random = new Random(42);
    String[] separators = {"T", " ", "t"};
    String[] offsets = {"", "Z", "z", "+05:30", "-08:00", "+00:00", "+0530", "+05", "+14:00", "-17:59"};
    for (int i = 0; i < 2_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(80_000) - 10_000);
      StringBuilder text = new StringBuilder()
          .append(date)
          .append(separators[random.nextInt(separators.length)])
          .append(String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)));
      if (random.nextInt(8) != 0) {
        text.append(String.format(":%02d", random.nextInt(60)));
        int digits = random.nextInt(11);
        if (digits > 0) {
          text.append('.');
          for (int d = 0; d < digits - 1; d++) {
            text.append(random.nextInt(10));
          }
        }
      }
      text.append(offsets[random.nextInt(offsets.length)]);
      texts.add(text.toString());
    }
    for (ZoneId zone : ZONES) {
      JsonAdapter<Instant> sdk = Json.moshi(zone).adapter(Instant.class);
      JsonAdapter<Instant> proposed = PrototypeJson.moshi(zone).adapter(Instant.class);
      for (String text : texts) {
        String json = '"' + text + '"';
        assertThat(outcome(() -> proposed.fromJson(json)))
            .as("%s in %s", text, zone)
            .isEqualTo(outcome(() -> sdk.fromJson(json)));
      }
    }
  }

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
