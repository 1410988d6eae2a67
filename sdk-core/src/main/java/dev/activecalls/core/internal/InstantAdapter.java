package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps the vendors send: ISO-8601 with {@code Z} or an offset and 0 to 9
 * fraction digits ({@code 2025-09-03T23:19:51.000000Z}), and the same with a space instead of
 * {@code T} and no zone ({@code 2026-06-11 16:03:28.586839}), which is read in the client's zone.
 * An empty string reads as null. Writes ISO-8601 in UTC.
 */
final class InstantAdapter extends JsonAdapter<Instant> {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter();

  private final ZoneId zone;

  InstantAdapter(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public @Nullable Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new JsonDataException(
          "Expected a timestamp string but was " + reader.peek() + " at path " + reader.getPath());
    }
    String text = reader.nextString();
    if (text.isBlank()) {
      return null; // vendors send "" for "not yet" (end_time of a live call)
    }
    try {
      return parse(text.strip(), zone);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected a timestamp like 2024-01-15T11:00:00Z but was '" + text + "' at path "
              + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Instant value) throws IOException {
    writer.value(value.toString());
  }

  /** Parses one timestamp; a text without offset is read in {@code zone}. */
  static Instant parse(String text, ZoneId zone) {
    TemporalAccessor parsed = FORMAT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((LocalDateTime) parsed).atZone(zone).toInstant();
  }
}
