package dev.activecalls.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pieces every streaming decoder is built from: typed readers for one JSON value (JSON
 * {@code null} is Java null), lists, and the checks that a required field was present. Every
 * failure is a {@link JsonDataException} whose message ends {@code at path <JSON path>}, which the
 * pipeline reports as {@code ResponseDecodingException.jsonPath()}.
 *
 * <p>A decoder reads an object as {@code beginObject}, a {@code selectName} loop ({@code skipName}
 * and {@code skipValue} for unknown fields), then {@link #required} for each required field while
 * the reader is still inside the object, then {@code endObject}. Inside the object Moshi's path
 * ends with the last field read (or {@code null} for a skipped one), so the object's own path is
 * known without building a string for every object that decodes fine.
 */
public final class JsonFields {
  /**
   * The longest number text read, in characters; real ones have a few dozen. Moshi reads a longer
   * one in linear time, but turning it into a value ({@code BigDecimal}, Moshi's own {@code
   * nextLong}) can take time quadratic in its length.
   */
  public static final int MAX_NUMBER_CHARS = 1024;

  private JsonFields() {}

  /** Reads one element of a JSON array. */
  @FunctionalInterface
  public interface Element<T> {
    /**
     * Reads the element at the reader's position, which is not JSON null.
     *
     * @param reader the reader
     * @return the element
     * @throws IOException if the body cannot be read
     */
    T read(JsonReader reader) throws IOException;
  }

  /**
   * Returns {@code value} if a required field was present.
   *
   * @param reader the reader, still inside the object that should have held the field
   * @param value what was read for the field, null if it was absent or JSON null
   * @param name the field's JSON name
   * @param <T> the value type
   * @return the value
   * @throws JsonDataException naming the field and its path, if {@code value} is null
   */
  public static <T> T required(JsonReader reader, @Nullable T value, String name) {
    if (value == null) {
      throw missing(reader, name);
    }
    return value;
  }

  /**
   * Returns the failure for a required field that was absent or JSON null.
   *
   * @param reader the reader, still inside the object that should have held the field
   * @param name the field's JSON name
   * @return the exception, to throw
   */
  public static JsonDataException missing(JsonReader reader, String name) {
    return new JsonDataException(
        "Required value '" + name + "' is missing, null or empty at path " + fieldPath(reader, name));
  }

  /**
   * Returns the JSON path of field {@code name} of the object the reader is inside.
   *
   * @param reader the reader, inside the object
   * @param name the field's JSON name
   * @return the path, like {@code $.data[0].id}
   */
  public static String fieldPath(JsonReader reader, String name) {
    String path = reader.getPath();
    // Inside an object the path is "<object>.<last field read>", or "<object>." before the first;
    // the names we select never contain a dot, and a skipped name reads as "null".
    int dot = path.lastIndexOf('.');
    return (dot < 0 ? path : path.substring(0, dot)) + '.' + name;
  }

  /**
   * Returns the failure for a value of the wrong kind.
   *
   * @param reader the reader, at the value
   * @param expected what was expected, like {@code "an object"}
   * @return the exception, to throw
   * @throws IOException if the body cannot be read
   */
  public static JsonDataException unexpected(JsonReader reader, String expected) throws IOException {
    return new JsonDataException(
        "Expected " + expected + " but was " + reader.peek() + " at path " + reader.getPath());
  }

  /**
   * Begins reading an object, after checking that the value is one.
   *
   * @param reader the reader, at the value
   * @param what what the object is, for the message, like {@code "a call"}
   * @throws JsonDataException if the value is not an object
   * @throws IOException if the body cannot be read
   */
  public static void beginObject(JsonReader reader, String what) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw unexpected(reader, what + " object");
    }
    reader.beginObject();
  }

  /** Skips the current field's name and value: a field this SDK does not know (yet). */
  public static void skipField(JsonReader reader) throws IOException {
    reader.skipName();
    reader.skipValue();
  }

  /**
   * Reads a string; a number is read as its text, like Moshi does.
   *
   * @param reader the reader, at the value
   * @return the text, or null for JSON null
   * @throws JsonDataException if the value is not a string or number
   * @throws IOException if the body cannot be read
   */
  public static @Nullable String string(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case NULL -> reader.nextNull();
      case STRING, NUMBER -> reader.nextString();
      default -> throw unexpected(reader, "a string");
    };
  }

  /**
   * Reads a string; blank or JSON null is null: some vendors send {@code ""} for "none".
   *
   * @param reader the reader, at the value
   * @return the text, or null
   * @throws JsonDataException if the value is not a string or number
   * @throws IOException if the body cannot be read
   */
  public static @Nullable String text(JsonReader reader) throws IOException {
    String text = string(reader);
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * Reads a boolean.
   *
   * @param reader the reader, at the value
   * @return the value, or null for JSON null
   * @throws JsonDataException if the value is not a boolean
   * @throws IOException if the body cannot be read
   */
  public static @Nullable Boolean bool(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextBoolean();
  }

  /**
   * Reads a whole number that fits an {@code int} (a numeric string too, as Moshi allows).
   *
   * @param reader the reader, at the value
   * @return the value, or null for JSON null
   * @throws JsonDataException if the value is not such a number
   * @throws IOException if the body cannot be read
   */
  public static @Nullable Integer integer(JsonReader reader) throws IOException {
    // Moshi's nextInt reads even a literal of millions of digits in linear time (Double.parseDouble).
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : Integer.valueOf(reader.nextInt());
  }

  /**
   * Reads a whole number that fits a {@code long} (a numeric string too, as Moshi allows).
   *
   * @param reader the reader, at the value
   * @return the value, or null for JSON null
   * @throws JsonDataException if the value is not such a number
   * @throws IOException if the body cannot be read
   */
  public static @Nullable Long longValue(JsonReader reader) throws IOException {
    String text = longText(reader);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(Long.parseLong(text)); // the usual case
    } catch (NumberFormatException notPlain) {
      // As Moshi's nextLong, 1.0 and 1e2 are whole numbers too; DecimalText bounds the exponent,
      // which BigDecimal would scale by for minutes.
      try {
        return DecimalText.toBigDecimal(text).longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new JsonDataException("Expected a long but was " + Text.quote(text, 40) + " at path " + reader.getPath());
      }
    }
  }

  /**
   * Reads the text of a number, or of a string holding one (as Moshi allows), for {@link
   * #longValue}: Moshi's own nextLong would parse a long literal with {@code BigDecimal}, in time
   * quadratic in its length.
   *
   * @return the text, or null for JSON null
   */
  private static @Nullable String longText(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a long but was " + token + " at path " + reader.getPath());
    }
    return numberText(reader);
  }

  /** Reads a number's text (or a string's), refusing one longer than {@link #MAX_NUMBER_CHARS}. */
  private static String numberText(JsonReader reader) throws IOException {
    String text = reader.nextString();
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new JsonDataException("A number longer than " + MAX_NUMBER_CHARS
          + " characters is out of range at path " + reader.getPath());
    }
    return text;
  }

  /**
   * Reads a timestamp: ISO-8601, or the vendors' {@code 2026-06-11 16:03:28.586839} forms.
   *
   * @param reader the reader, at the value
   * @param zone the zone of a timestamp written without an offset
   * @return the instant, or null for JSON null or a blank string
   * @throws JsonDataException if the value is not a timestamp string
   * @throws IOException if the body cannot be read
   */
  public static @Nullable Instant instant(JsonReader reader, ZoneId zone) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : InstantText.read(reader, zone);
  }

  /**
   * Reads a non-negative number of seconds, whole or fractional, rounded half up to the
   * nanosecond, in time linear in the number's text. A string is refused, although Moshi would
   * read {@code "12"} as a number, so that a vendor changing the type is noticed.
   *
   * @param reader the reader, at the value
   * @return the duration, or null for JSON null
   * @throws JsonDataException if the value is not such a number, or past what a {@code Duration}
   *     of nanoseconds holds (about 292 years)
   * @throws IOException if the body cannot be read
   */
  public static @Nullable Duration seconds(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER) {
      throw new JsonDataException(
          "Expected a number of seconds but was " + token + " at path " + reader.getPath());
    }
    String text = numberText(reader);
    if (isSmallWholeNumber(text)) {
      return Duration.ofSeconds(Long.parseLong(text)); // the usual case, in one pass
    }
    long nanos;
    try {
      nanos = DecimalText.toScaledLong(text, 9);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a number of seconds but was " + Text.quote(text, 40)
          + " at path " + reader.getPath(), e);
    } catch (ArithmeticException e) {
      throw new JsonDataException("Duration out of range (at most about 292 years): "
          + Text.quote(text, 40) + " seconds at path " + reader.getPath(), e);
    }
    if (nanos < 0) {
      throw new JsonDataException("Expected a non-negative duration but was " + Text.quote(text, 40)
          + " at path " + reader.getPath());
    }
    return Duration.ofNanos(nanos);
  }

  /** Whether {@code text} is at most 9 ASCII digits: a number of seconds that needs no checks. */
  private static boolean isSmallWholeNumber(String text) {
    int length = text.length();
    if (length == 0 || length > 9) { // longer ones take the checked path
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads money or a rate exactly, from a number or a numeric string ({@code "0.00850"}), as
   * vendors send both, in time linear in its text (see {@link DecimalText#toBigDecimal}).
   *
   * @param reader the reader, at the value
   * @return the decimal, or null for JSON null or a blank string
   * @throws JsonDataException if the value is not a decimal, or out of range
   * @throws IOException if the body cannot be read
   */
  public static @Nullable BigDecimal decimal(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number but was " + token + " at path "
          + reader.getPath());
    }
    String text = numberText(reader).strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return DecimalText.toBigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException(
          "Expected a decimal number but was '" + Text.quote(text, 40) + "' at path " + reader.getPath(), e);
    } catch (ArithmeticException e) {
      throw new JsonDataException("Decimal out of range (at most " + DecimalText.MAX_DECIMAL_CHARS
          + " characters, scale within ±" + DecimalText.MAX_DECIMAL_SCALE + "): '" + Text.quote(text, 40)
          + "' at path " + reader.getPath(), e);
    }
  }

  /**
   * Reads a vendor string as an open enum: a value this SDK does not know keeps its text, so that
   * a value the vendor adds tomorrow decodes instead of failing. A number or boolean is kept as its
   * text for the same reason.
   *
   * @param reader the reader, at the value
   * @param type the enum of known values
   * @param <E> the enum
   * @return the value, or null for JSON null
   * @throws JsonDataException if the value is an object or array
   * @throws IOException if the body cannot be read
   */
  public static <E extends Enum<E>> @Nullable OpenEnum<E> openEnum(JsonReader reader, Class<E> type)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String raw = switch (token) {
      case STRING, NUMBER -> reader.nextString();
      case BOOLEAN -> Boolean.toString(reader.nextBoolean());
      default -> throw new JsonDataException(
          "Expected a string for " + type.getSimpleName() + " but was " + token + " at path "
              + reader.getPath());
    };
    return OpenEnum.of(type, raw);
  }

  /**
   * Reads an array; JSON null is an empty list.
   *
   * @param reader the reader, at the value
   * @param element reads one element
   * @param <T> the element type
   * @return the elements, unmodifiable
   * @throws JsonDataException if the value is not an array, or an element is JSON null (with the
   *     element's path)
   * @throws IOException if the body cannot be read
   */
  public static <T> List<T> list(JsonReader reader, Element<T> element) throws IOException {
    switch (reader.peek()) {
      case NULL -> {
        reader.nextNull();
        return List.of();
      }
      case BEGIN_ARRAY -> reader.beginArray();
      default -> throw unexpected(reader, "an array");
    }
    List<T> elements = new ArrayList<>();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new JsonDataException("Expected an element but was null at path " + reader.getPath());
      }
      elements.add(element.read(reader));
    }
    reader.endArray();
    return List.copyOf(elements);
  }
}
