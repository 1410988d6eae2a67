package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.WireNames;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonAdaptersTest {
  /** A known-values enum as the vendor modules declare them. */
  public enum State {
    @WireNames({"in-progress", "ACTIVE"}) ACTIVE,
    RINGING,
    ON_HOLD
  }

  /** A record as the vendor modules declare them. */
  public record Sample(
      @Nullable Instant at,
      @Nullable Duration took,
      @Nullable BigDecimal amount,
      @Nullable OpenEnum<State> state,
      @Nullable List<OpenEnum<State>> states) {}

  private final Moshi moshi = Json.moshi();
  private final JsonAdapter<Sample> sample = moshi.adapter(Sample.class).lenient();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01-15T11:00:00Z                  | 2024-01-15T11:00:00Z",
      "2025-09-03T23:19:51.000000Z           | 2025-09-03T23:19:51Z",
      "2025-09-03T23:19:51.123456789Z        | 2025-09-03T23:19:51.123456789Z",
      "2025-09-03T23:19:51.5+02:00           | 2025-09-03T21:19:51.500Z",
      "2022-06-28 19:39:05+05:30             | 2022-06-28T14:09:05Z",
      "2022-06-28T19:39:05-0700              | 2022-06-29T02:39:05Z",
      "2022-06-28T19:39:05+01                | 2022-06-28T18:39:05Z",
      "2014-10-15 09:03:43                   | 2014-10-15T09:03:43Z",
      "2026-06-11 16:03:28.586839            | 2026-06-11T16:03:28.586839Z",
      "2026-06-11t16:03:28z                  | 2026-06-11T16:03:28Z",
      "2026-06-11T16:03                      | 2026-06-11T16:03:00Z"})
  void readsEveryVendorTimestampForm(String text, String expected) {
    assertThat(InstantAdapter.parse(text, java.time.ZoneOffset.UTC)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void zoneLessTimestampsAreReadInTheClientZoneAndAnOffsetWins() throws Exception {
    Moshi kolkata = Json.moshi(ZoneId.of("Asia/Kolkata"));
    JsonAdapter<Instant> instant = kolkata.adapter(Instant.class);

    assertThat(instant.fromJson("\"2014-10-15 09:03:43\"")).isEqualTo(Instant.parse("2014-10-15T03:33:43Z"));
    assertThat(instant.fromJson("\"2022-06-28 19:39:05+05:30\"")).isEqualTo(Instant.parse("2022-06-28T14:09:05Z"));
    assertThat(instant.fromJson("\"2022-06-28T19:39:05Z\"")).isEqualTo(Instant.parse("2022-06-28T19:39:05Z"));
  }

  @Test
  void theHandWrittenParserAgreesWithJavaTimeOnEveryCommonForm() {
    java.util.Random random = new java.util.Random(17);
    List<ZoneId> zones = List.of(java.time.ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/New_York"));
    for (int i = 0; i < 2_000; i++) {
      java.time.LocalDateTime local = java.time.LocalDateTime.of(1970 + random.nextInt(100), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
      int digits = random.nextInt(10);
      String fraction = digits == 0 ? "" : "." + String.format("%09d", local.getNano()).substring(0, digits);
      String base = local.toLocalDate() + (random.nextBoolean() ? "T" : " ")
          + String.format("%02d:%02d:%02d", local.getHour(), local.getMinute(), local.getSecond()) + fraction;
      String offset = String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(15), random.nextInt(60));
      for (String text : List.of(base, base + "Z", base + offset)) {
        for (ZoneId zone : zones) {
          assertThat(InstantAdapter.parseCommonForm(text, zone)).as(text + " in " + zone)
              .isNotNull().isEqualTo(InstantAdapter.parseAnyForm(text, zone));
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-02-29T10:00:00Z", "2024-04-31 10:00:00", "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z",
      "2024-01-01T10:00:60Z", "2024-01-01T10:00:00.1234567890Z",
      "2024-1-01T10:00:00Z", "2024-01-01X10:00:00Z", "2024-01-01T10:00:00 Z"})
  void oddTextsLeaveTheFastPathAndAreJudgedByJavaTime(String text) {
    assertThat(InstantAdapter.parseCommonForm(text, java.time.ZoneOffset.UTC)).isNull();
    assertThatThrownBy(() -> InstantAdapter.parse(text, java.time.ZoneOffset.UTC))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-06-01T10:00:00.000Z", "2024-06-01t10:00:00z", "2024-06-01T10:00Z", "2024-06-01T10:00",
      "2024-06-01T10:00:00.Z", "2024-06-01T10:00:00.1234567891Z", "2024-06-01T10:00:00+0530",
      "2024-06-01T10:00:00+05", "2024-06-01T10:00:00+05:30:15", "2024-06-01T10:00:00-00:00",
      "2024-06-01T10:00:00+19:00", "2024-02-29T10:00:00Z", "2024-06-01T23:59:60Z", "2024-13-01T10:00:00Z",
      "2024-00-10T10:00:00Z", "2024-06-00T10:00:00Z", "2024-06-0110:00:00Z", "2024-06-01T 10:00:00Z",
      "2024-06-01  10:00:00", "+12024-06-01T10:00:00Z", "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z", "2024-06-01T10:00:00.5", "2024-03-10 02:30:00",
      "2024-11-03 01:30:00", "not a time", "2024-06-01T10:00:00.000Zjunk", "2024-06-01T10:00:00.000+05:3"})
  void edgeCasesGetTheSameAnswerFromBothParsers(String text) {
    for (ZoneId zone : List.of(java.time.ZoneOffset.UTC, ZoneId.of("America/New_York"))) {
      Instant fast = InstantAdapter.parseCommonForm(text, zone);
      Object slow;
      try {
        slow = InstantAdapter.parseAnyForm(text, zone);
      } catch (java.time.DateTimeException e) {
        slow = null;
      }
      if (fast != null) {
        assertThat(fast).as(text + " in " + zone).isEqualTo(slow);
      }
    }
  }

  @Test
  void rareButValidFormsAreLeftToJavaTime() {
    assertThat(InstantAdapter.parseCommonForm("2024-01-01T10:00:00+18:00", java.time.ZoneOffset.UTC)).isNull();
    assertThat(InstantAdapter.parse("2024-01-01T10:00:00+18:00", java.time.ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
  }

  @Test
  void anEmptyTimestampIsNull() throws Exception {
    assertThat(sample.fromJson("{\"at\":\"\"}").at()).isNull();
    assertThat(sample.fromJson("{\"at\":null}").at()).isNull();
  }

  @Test
  void badTimestampsFailWithThePath() {
    assertThatThrownBy(() -> sample.fromJson("{\"at\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.at").hasMessageContaining("yesterday");
    assertThatThrownBy(() -> sample.fromJson("{\"at\":1700000000}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.at");
    assertThatThrownBy(() -> sample.fromJson("{\"at\":\"2024-13-45T99:00:00Z\"}"))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void durationsAreNumericSecondsOnly() throws Exception {
    assertThat(sample.fromJson("{\"took\":42}").took()).isEqualTo(Duration.ofSeconds(42));
    assertThat(sample.fromJson("{\"took\":1.5}").took()).isEqualTo(Duration.ofMillis(1500));
    assertThat(sample.fromJson("{\"took\":0}").took()).isEqualTo(Duration.ZERO);
    assertThat(sample.fromJson("{\"took\":null}").took()).isNull();
    assertThatThrownBy(() -> sample.fromJson("{\"took\":\"42\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.took");
    assertThatThrownBy(() -> sample.fromJson("{\"took\":-1}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("non-negative");
    assertThat(moshi.adapter(Duration.class).toJson(Duration.ofMillis(1500))).isEqualTo("1.500000000");
    assertThat(moshi.adapter(Duration.class).toJson(Duration.ofSeconds(3))).isEqualTo("3");
  }

  @Test
  void decimalsComeFromNumbersOrNumericStrings() throws Exception {
    assertThat(sample.fromJson("{\"amount\":0.0085}").amount()).isEqualByComparingTo("0.0085");
    assertThat(sample.fromJson("{\"amount\":\"0.00850\"}").amount()).isEqualTo(new BigDecimal("0.00850"));
    assertThat(sample.fromJson("{\"amount\":\"\"}").amount()).isNull();
    assertThatThrownBy(() -> sample.fromJson("{\"amount\":\"ten\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.amount");
  }

  @Test
  void openEnumsKnowTheirValuesAndKeepUnknownOnes() throws Exception {
    Sample decoded = sample.fromJson(
        "{\"state\":\"in-progress\",\"states\":[\"ringing\",\"On Hold\",\"ACTIVE\",\"transferring\",7]}");

    assertThat(decoded.state().known()).contains(State.ACTIVE);
    assertThat(decoded.state().raw()).isEqualTo("in-progress");
    assertThat(decoded.states()).extracting(OpenEnum::raw)
        .containsExactly("ringing", "On Hold", "ACTIVE", "transferring", "7");
    assertThat(decoded.states()).extracting(value -> value.orElse(null))
        .containsExactly(State.RINGING, State.ON_HOLD, State.ACTIVE, null, null);
    assertThat(decoded.states().get(3).isKnown()).isFalse();
    assertThat(decoded.states().get(3)).hasToString("\"transferring\"");
    assertThat(decoded.states().get(0)).hasToString("RINGING");
    assertThat(sample.fromJson("{\"state\":null}").state()).isNull();
    assertThatThrownBy(() -> sample.fromJson("{\"state\":{}}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.state");
  }

  @Test
  void openEnumsRoundTripTheirRawText() {
    JsonAdapter<OpenEnum<State>> adapter =
        moshi.adapter(Types.newParameterizedType(OpenEnum.class, State.class));

    assertThat(adapter.toJson(OpenEnum.of(State.class, "in-progress"))).isEqualTo("\"in-progress\"");
    assertThat(adapter.toJson(OpenEnum.of(State.ACTIVE))).isEqualTo("\"in-progress\"");
    assertThat(OpenEnum.of(State.RINGING).raw()).isEqualTo("RINGING");
    assertThat(OpenEnum.of(State.class, "ringing")).isEqualTo(OpenEnum.of(State.class, "ringing"))
        .isNotEqualTo(OpenEnum.of(State.class, "RINGING"));
    assertThat(OpenEnum.of(State.class, "ringing").is(State.RINGING)).isTrue();
  }

  @Test
  void knownTextsAreSharedAndUnknownOnesAreNotRemembered() {
    assertThat(OpenEnum.of(State.class, "in-progress")).isSameAs(OpenEnum.of(State.class, "in-progress"));
    assertThat(OpenEnum.of(State.class, "brand-new")).isNotSameAs(OpenEnum.of(State.class, "brand-new"))
        .isEqualTo(OpenEnum.of(State.class, "brand-new"));
  }

  @Test
  void instantsAndDecimalsWriteBackAsJson() {
    assertThat(moshi.adapter(Instant.class).toJson(Instant.parse("2024-01-15T11:00:00Z")))
        .isEqualTo("\"2024-01-15T11:00:00Z\"");
    assertThat(moshi.adapter(BigDecimal.class).toJson(new BigDecimal("0.00850"))).isEqualTo("0.00850");
  }
}
