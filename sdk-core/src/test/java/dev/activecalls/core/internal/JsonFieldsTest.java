package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.WireNames;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okio.Buffer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers every streaming decoder is built from, each over a lenient {@link JsonReader} as the
 * pipeline hands one to a decoder. A value under test is the field {@code a} of an object, so a
 * failure must name {@code $.a}; every failure's message ends {@code at path <path>}, which the
 * pipeline turns into {@code ResponseDecodingException.jsonPath()}.
 */
class JsonFieldsTest {
  /** A known-values enum as the vendor modules declare them. */
  public enum State {
    @WireNames({"in-progress", "ACTIVE"}) ACTIVE,
    RINGING,
    ON_HOLD
  }

  /** Reads one value; {@link JsonFields.Element} is for values that are never JSON null. */
  @FunctionalInterface
  private interface Value<T> {
    @Nullable T read(JsonReader reader) throws IOException;
  }

  private static final Value<Instant> UTC_INSTANT = reader -> JsonFields.instant(reader, ZoneOffset.UTC);
  private static final Value<OpenEnum<State>> STATE = reader -> JsonFields.openEnum(reader, State.class);
  private static final String LIKE = "Expected a timestamp like 2024-01-15T11:00:00Z but was ";
  private static final JsonReader.Options IDENTITY = JsonReader.Options.of("identity");
  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/New_York"));

  private static JsonReader reader(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(true);
    return reader;
  }

  /** Reads {@code value} as field {@code a} of an object with {@code read}. */
  private static <T> @Nullable T field(String value, Value<T> read) throws IOException {
    JsonReader reader = reader("{\"a\": " + value + "}");
    reader.beginObject();
    reader.nextName();
    T result = read.read(reader);
    reader.endObject();
    return result;
  }

  /** Asserts that reading {@code value} fails with {@code message}, then {@code at path $.a}. */
  private static AbstractThrowableAssert<?, ?> refuses(String value, Value<?> read, String message) {
    return assertThatThrownBy(() -> field(value, read)).isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith(message).hasMessageEndingWith(" at path $.a");
  }

  /** The reader a table row names. */
  private static Value<?> named(String name) {
    return switch (name) {
      case "string" -> JsonFields::string;
      case "text" -> JsonFields::text;
      case "bool" -> JsonFields::bool;
      case "integer" -> JsonFields::integer;
      case "longValue" -> JsonFields::longValue;
      case "instant" -> UTC_INSTANT;
      case "seconds" -> JsonFields::seconds;
      case "decimal" -> JsonFields::decimal;
      case "openEnum" -> STATE;
      case "list" -> reader -> JsonFields.list(reader, JsonReader::nextString);
      case "object" -> reader -> {
        JsonFields.beginObject(reader, "a call");
        return reader.readJsonValue();
      };
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} reads {1} as {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      string    | "x"                    | x
      string    | `" padded "`           | ` padded `
      string    | ""                     | ``
      string    | 42                     | 42
      string    | 1.50                   | 1.50
      string    | -0.5e3                 | -0.5e3
      string    | null                   | null
      text      | ""                     | null
      text      | `" \\t "`              | null
      text      | `" x "`                | ` x `
      text      | 7                      | 7
      text      | null                   | null
      bool      | true                   | true
      bool      | false                  | false
      bool      | null                   | null
      integer   | 42                     | 42
      integer   | -2147483648            | -2147483648
      integer   | "17"                   | 17
      integer   | null                   | null
      longValue | 9007199254740993       | 9007199254740993
      longValue | "-12"                  | -12
      longValue | null                   | null
      longValue | 1e2                    | 100
      longValue | 7.0                    | 7
      integer   | 1e2                    | 100
      integer   | 1e-999999999           | 0
      instant   | ""                     | null
      instant   | `"  "`                 | null
      instant   | null                   | null
      seconds   | 42                     | PT42S
      seconds   | 0                      | PT0S
      seconds   | 1.5                    | PT1.5S
      seconds   | 12.3456789015          | PT12.345678902S
      seconds   | 0.00000000049          | PT0S
      seconds   | 1.5e3                  | PT25M
      seconds   | 123456789              | PT34293H33M9S
      seconds   | 9223372036.854775807   | PT2562047H47M16.854775807S
      seconds   | null                   | null
      decimal   | 0.0085                 | 0.0085
      decimal   | "0.00850"              | 0.00850
      decimal   | `" -1.5e2 "`           | -1.5E+2
      decimal   | -0.00850               | -0.00850
      decimal   | ""                     | null
      decimal   | `"   "`                | null
      decimal   | null                   | null
      openEnum  | "in-progress"          | ACTIVE
      openEnum  | "transferring"         | "transferring"
      openEnum  | 7                      | "7"
      openEnum  | true                   | "true"
      openEnum  | null                   | null
      list      | `["x", "y"]`           | `[x, y]`
      list      | []                     | []
      list      | null                   | []
      """)
  void eachReaderReadsWhatItShould(String reader, String json, String expected) throws IOException {
    assertThat(String.valueOf(field(json, named(reader)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      string    | true                   | Expected a string but was BOOLEAN at path $.a
      string    | {}                     | Expected a string but was BEGIN_OBJECT at path $.a
      string    | [1]                    | Expected a string but was BEGIN_ARRAY at path $.a
      text      | false                  | Expected a string but was BOOLEAN at path $.a
      bool      | "true"                 | Expected a boolean but was STRING at path $.a
      bool      | 1                      | Expected a boolean but was NUMBER at path $.a
      integer   | 1.5                    | Expected an int but was 1.5 at path $.a
      integer   | 2147483648             | Expected an int but was 2147483648 at path $.a
      integer   | "many"                 | Expected an int but was many at path $.a
      integer   | true                   | Expected an int but was BOOLEAN at path $.a
      longValue | 9223372036854775808    | Expected a long but was 9223372036854775808 at path $.a
      longValue | 0.5                    | Expected a long but was 0.5 at path $.a
      longValue | []                     | Expected a long but was BEGIN_ARRAY at path $.a
      longValue | 1e-999999999           | Expected a long but was 1e-999999999 at path $.a
      longValue | 1e999999999            | Expected a long but was 1e999999999 at path $.a
      instant   | "yesterday"            | Expected a timestamp like 2024-01-15T11:00:00Z but was \
      'yesterday' at path $.a
      instant   | "2024-13-45T99:00:00Z" | Expected a timestamp like 2024-01-15T11:00:00Z but was \
      '2024-13-45T99:00:00Z' at path $.a
      instant   | 1700000000             | Expected a timestamp string but was NUMBER at path $.a
      instant   | {}                     | Expected a timestamp string but was BEGIN_OBJECT at path $.a
      seconds   | "42"                   | Expected a number of seconds but was STRING at path $.a
      seconds   | true                   | Expected a number of seconds but was BOOLEAN at path $.a
      seconds   | -1                     | Expected a non-negative duration but was -1 at path $.a
      seconds   | -0.5                   | Expected a non-negative duration but was -0.5 at path $.a
      seconds   | 9223372036.854775808   | Duration out of range (at most about 292 years): \
      9223372036.854775808 seconds at path $.a
      seconds   | 9223372037             | Duration out of range (at most about 292 years): 9223372037 \
      seconds at path $.a
      seconds   | 1e400000000            | Duration out of range (at most about 292 years): 1e400000000 \
      seconds at path $.a
      seconds   | 123456789012345678901  | Duration out of range (at most about 292 years): \
      123456789012345678901 seconds at path $.a
      decimal   | "ten"                  | Expected a decimal number but was 'ten' at path $.a
      decimal   | true                   | Expected a decimal number but was BOOLEAN at path $.a
      decimal   | {}                     | Expected a decimal number but was BEGIN_OBJECT at path $.a
      decimal   | 1e400000000            | Decimal out of range (at most 128 characters, scale within ±128): \
      '1e400000000' at path $.a
      decimal   | "1e400000000"          | Decimal out of range (at most 128 characters, scale within ±128): \
      '1e400000000' at path $.a
      decimal   | 1e-400000000           | Decimal out of range (at most 128 characters, scale within ±128): \
      '1e-400000000' at path $.a
      decimal   | "-1E-999999"           | Decimal out of range (at most 128 characters, scale within ±128): \
      '-1E-999999' at path $.a
      openEnum  | {}                     | Expected a string for State but was BEGIN_OBJECT at path $.a
      openEnum  | `["ACTIVE"]`           | Expected a string for State but was BEGIN_ARRAY at path $.a
      list      | "x"                    | Expected an array but was STRING at path $.a
      list      | {}                     | Expected an array but was BEGIN_OBJECT at path $.a
      list      | `["x", null]`          | Expected an element but was null at path $.a[1]
      object    | []                     | Expected a call object but was BEGIN_ARRAY at path $.a
      object    | null                   | Expected a call object but was NULL at path $.a
      """)
  void eachReaderRefusesWhatItCannotReadNamingThePath(String reader, String json, String message) {
    assertThatThrownBy(() -> field(json, named(reader))).isInstanceOf(JsonDataException.class)
        .hasMessage(message);
  }

  @Test
  void aFailureKeepsWhatCausedIt() {
    assertThatThrownBy(() -> field("\"2024-02-30T10:00:00Z\"", UTC_INSTANT))
        .hasCauseInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> field("1e20", JsonFields::seconds))
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> field("\"1.2.3\"", JsonFields::decimal))
        .hasMessageStartingWith("Expected a decimal number but was '1.2.3'")
        .hasCauseInstanceOf(NumberFormatException.class);
  }

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
      "2026-06-11T16:03                      | 2026-06-11T16:03:00Z",
      "' 2024-01-15T11:00:00Z '              | 2024-01-15T11:00:00Z"})
  void readsEveryVendorTimestampForm(String text, String expected) throws IOException {
    assertThat(field('"' + text + '"', UTC_INSTANT)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void zoneLessTimestampsAreReadInTheClientZoneAndAnOffsetWins() throws IOException {
    Value<Instant> kolkata = reader -> JsonFields.instant(reader, ZoneId.of("Asia/Kolkata"));

    assertThat(field("\"2014-10-15 09:03:43\"", kolkata)).isEqualTo(Instant.parse("2014-10-15T03:33:43Z"));
    assertThat(field("\"2026-06-11 16:03:28.586839\"", kolkata))
        .isEqualTo(Instant.parse("2026-06-11T10:33:28.586839Z"));
    assertThat(field("\"2022-06-28 19:39:05+05:30\"", kolkata))
        .isEqualTo(Instant.parse("2022-06-28T14:09:05Z"));
    assertThat(field("\"2022-06-28T19:39:05Z\"", kolkata)).isEqualTo(Instant.parse("2022-06-28T19:39:05Z"));
  }

  @Test
  void theHandWrittenParserAgreesWithJavaTimeOnEveryCommonForm() {
    Random random = new Random(17);
    for (int i = 0; i < 2_000; i++) {
      LocalDateTime local = LocalDateTime.of(1970 + random.nextInt(100), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
          random.nextInt(1_000_000_000));
      int digits = random.nextInt(10);
      String fraction = digits == 0 ? "" : "." + String.format("%09d", local.getNano()).substring(0, digits);
      String base = local.toLocalDate() + (random.nextBoolean() ? "T" : " ")
          + String.format("%02d:%02d:%02d", local.getHour(), local.getMinute(), local.getSecond()) + fraction;
      String sign = random.nextBoolean() ? "+" : "-";
      String offset = String.format("%s%02d:%02d", sign, random.nextInt(15), random.nextInt(60));
      for (String text : List.of(base, base + "Z", base + offset)) {
        for (ZoneId zone : ZONES) {
          assertThat(InstantText.parseCommonForm(text, zone)).as(text + " in " + zone)
              .isNotNull().isEqualTo(InstantText.parseAnyForm(text, zone));
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
    assertThat(InstantText.parseCommonForm(text, ZoneOffset.UTC)).isNull();
    assertThatThrownBy(() -> InstantText.parse(text, ZoneOffset.UTC))
        .isInstanceOf(DateTimeParseException.class);
    refuses('"' + text + '"', UTC_INSTANT, LIKE + "'" + text + "'");
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
    for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("America/New_York"))) {
      Instant fast = InstantText.parseCommonForm(text, zone);
      Object slow;
      try {
        slow = InstantText.parseAnyForm(text, zone);
      } catch (DateTimeException e) {
        slow = null;
      }
      if (fast != null) {
        assertThat(fast).as(text + " in " + zone).isEqualTo(slow);
      }
    }
  }

  @Test
  void rareButValidFormsAreLeftToJavaTime() throws IOException {
    assertThat(InstantText.parseCommonForm("2024-01-01T10:00:00+18:00", ZoneOffset.UTC)).isNull();
    assertThat(field("\"2024-01-01T10:00:00+18:00\"", UTC_INSTANT))
        .isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
  }

  @Test
  void aNumberOfMoreThan1024CharactersIsRefusedBeforeItIsParsed() {
    String digits = "9".repeat(JsonFields.MAX_NUMBER_CHARS + 1);
    for (String reader : List.of("longValue", "seconds", "decimal")) {
      refuses(digits, named(reader), "A number longer than 1024 characters is out of range at path $.a");
    }
    refuses("\"" + digits + "\"", JsonFields::longValue, "A number longer than 1024 characters");
  }

  @Test
  void aDecimalOfMoreThan128CharactersIsRefused() {
    refuses("\"1" + "0".repeat(200) + "\"", JsonFields::decimal, "Decimal out of range");
  }

  @Test
  void openEnumsKnowTheirValuesAndKeepUnknownOnes() throws IOException {
    OpenEnum<State> state = field("\"in-progress\"", STATE);
    List<OpenEnum<State>> states = field("[\"ringing\",\"On Hold\",\"ACTIVE\",\"transferring\",7,false]",
        reader -> JsonFields.list(reader, STATE::read));

    assertThat(state.known()).contains(State.ACTIVE);
    assertThat(state.raw()).isEqualTo("in-progress");
    assertThat(states).extracting(OpenEnum::raw)
        .containsExactly("ringing", "On Hold", "ACTIVE", "transferring", "7", "false");
    assertThat(states).extracting(value -> value.orElse(null))
        .containsExactly(State.RINGING, State.ON_HOLD, State.ACTIVE, null, null, null);
    assertThat(states.get(3).isKnown()).isFalse();
    assertThat(states.get(3)).hasToString("\"transferring\"");
    assertThat(states.get(0)).hasToString("RINGING");
    assertThat(field("null", STATE)).isNull();
  }

  @Test
  void openEnumsCompareByTheirRawText() {
    assertThat(OpenEnum.of(State.ACTIVE).raw()).as("a constant's first wire name").isEqualTo("in-progress");
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
  void aListIsUnmodifiable() throws IOException {
    List<String> list = field("[\"x\"]", reader -> JsonFields.list(reader, JsonReader::nextString));

    assertThatThrownBy(() -> list.add("z")).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * A decoder of {@code {"id": "...", "obj": {...}, "arr": [...]}} that, where the object ends,
   * records where its absent field {@code x} would be.
   */
  private static final class Probe {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("id", "obj", "arr");
    final List<String> paths = new ArrayList<>();
    final List<String> messages = new ArrayList<>();

    /** Reads one object and returns where its field {@code x} would be. */
    String object(JsonReader reader) throws IOException {
      JsonFields.beginObject(reader, "a probe");
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0 -> JsonFields.string(reader);
          case 1 -> object(reader); // read into, not skipped: its own path is recorded too
          case 2 -> JsonFields.list(reader, JsonReader::readJsonValue);
          default -> JsonFields.skipField(reader);
        }
      }
      String path = JsonFields.fieldPath(reader, "x");
      paths.add(path);
      messages.add(JsonFields.missing(reader, "x").getMessage());
      reader.endObject();
      return path;
    }

    /** Returns the path recorded for the outermost object, which is recorded last. */
    String outer() {
      return paths.get(paths.size() - 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "{\"id\": \"a\"}",
      "{\"other\": 1}",
      "{\"id\": \"a\", \"other\": 1}",
      "{\"other\": 1, \"id\": \"a\"}",
      "{\"other\": {\"deep\": [1, {\"x\": 2}]}}",
      "{\"other\": [[{}], {\"x\": 1}]}",
      "{\"obj\": {\"x\": 1}}",
      "{\"obj\": {\"obj\": {}, \"arr\": [[]]}}",
      "{\"arr\": [{\"x\": 1}, [2]]}",
      "{\"id\": \"a\", \"obj\": {}, \"arr\": [], \"other\": {\"x\": []}}"})
  void aMissingFieldIsNamedInTheObjectWhereverTheReaderStopped(String object) throws IOException {
    Probe top = new Probe();
    top.object(reader(object));
    Probe nested = new Probe();
    JsonReader reader = reader("{\"data\": [" + object + ", " + object + "]}");
    reader.beginObject();
    reader.nextName();
    JsonFields.list(reader, nested::object);

    assertThat(top.outer()).isEqualTo("$.x");
    assertThat(top.messages).last().isEqualTo("Required value 'x' is missing, null or empty at path $.x");
    assertThat(nested.outer()).isEqualTo("$.data[1].x");
  }

  @Test
  void anObjectReadIntoKnowsItsOwnPath() throws IOException {
    Probe probe = new Probe();
    probe.object(reader("{\"id\": \"a\", \"obj\": {\"other\": 1, \"obj\": {\"id\": \"b\"}}}"));

    assertThat(probe.paths).containsExactly("$.obj.obj.x", "$.obj.x", "$.x");
  }

  /** {@code {"data": [{"participants": [{"identity": "..."}]}]}}, each identity required. */
  private static List<List<String>> identities(JsonReader reader) throws IOException {
    reader.beginObject();
    reader.nextName();
    List<List<String>> calls = JsonFields.list(reader, call -> {
      call.beginObject();
      List<String> participants = List.of();
      while (call.hasNext()) {
        if (call.nextName().equals("participants")) {
          participants = JsonFields.list(call, JsonFieldsTest::identity);
        } else {
          call.skipValue();
        }
      }
      call.endObject();
      return participants;
    });
    reader.endObject();
    return calls;
  }

  private static String identity(JsonReader reader) throws IOException {
    reader.beginObject();
    String identity = null;
    while (reader.hasNext()) {
      if (reader.selectName(IDENTITY) == 0) {
        identity = JsonFields.text(reader);
      } else {
        JsonFields.skipField(reader);
      }
    }
    String required = JsonFields.required(reader, identity, "identity");
    reader.endObject();
    return required;
  }

  @Test
  void aRequiredValueDeepInArraysIsNamedWithEveryIndex() throws IOException {
    String good = "{\"participants\": [{\"identity\": \"p\"}]}";

    assertThat(identities(reader("{\"data\": [" + good + "]}"))).containsExactly(List.of("p"));
    for (String participant : List.of("{}", "{\"identity\": null}", "{\"identity\": \" \"}",
        "{\"role\": \"agent\"}", "{\"identity\": \"\", \"role\": {\"identity\": \"no\"}}")) {
      String body = "{\"data\": [" + good + ", {}, {\"id\": 3, \"participants\": [" + participant + "]}]}";
      assertThatThrownBy(() -> identities(reader(body))).as(participant).isInstanceOf(JsonDataException.class)
          .hasMessage("Required value 'identity' is missing, null or empty at path "
              + "$.data[2].participants[0].identity");
    }
  }

  @Test
  void requiredReturnsAValueThatIsThere() throws IOException {
    JsonReader reader = reader("{\"id\": \"a\"}");
    reader.beginObject();
    reader.nextName();

    assertThat(JsonFields.required(reader, JsonFields.string(reader), "id")).isEqualTo("a");
    assertThat(JsonFields.fieldPath(reader, "id")).isEqualTo("$.id");
    assertThatThrownBy(() -> JsonFields.required(reader, null, "name"))
        .isInstanceOf(JsonDataException.class).hasMessageEndingWith("at path $.name");
  }
}
