package dev.activecalls.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps the vendors send: ISO-8601 with {@code Z} or an offset and 0 to 9
 * fraction digits ({@code 2025-09-03T23:19:51.000000Z}), and the same with a space instead of
 * {@code T} and no zone ({@code 2026-06-11 16:03:28.586839}), which is read in the client's zone.
 * An empty string reads as null.
 */
final class InstantText {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT); // no Feb 29 in 2023, no 24:00

  private static final int[] POWERS_OF_TEN = {
      1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

  private InstantText() {}

  /**
   * Reads a timestamp string; blank is null.
   *
   * @param reader positioned at the value, which is not JSON null
   * @param zone the zone of a timestamp without an offset
   * @return the instant, or null for a blank string
   * @throws JsonDataException if the value is not a string or not a timestamp
   */
  static @Nullable Instant read(JsonReader reader, ZoneId zone) throws IOException {
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

  /**
   * Reads {@code yyyy-MM-dd(T| )HH:mm[:ss[.f{1,9}]][Z|+HH:MM]} by hand, with the same range checks
   * as java.time, or returns null for anything else (which {@link #parseAnyForm} then reads or
   * rejects with its usual message).
   */
  static @Nullable Instant parseCommonForm(String s, ZoneId zone) {
    int length = s.length();
    if (length < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
        || !isDateTimeSeparator(s.charAt(10))) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
        || minute < 0 || minute > 59) {
      return null;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    int pos = 16;
    int second = 0;
    int nanos = 0;
    if (pos < length && s.charAt(pos) == ':') {
      second = digits(s, pos + 1, 2);
      if (second < 0 || second > 59) {
        return null;
      }
      pos += 3;
      if (pos < length && s.charAt(pos) == '.') {
        int start = ++pos;
        int fraction = 0;
        while (pos < length && pos - start < 10 && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
          fraction = fraction * 10 + (s.charAt(pos) - '0');
          pos++;
        }
        int count = pos - start;
        if (count == 0 || count > 9) {
          return null;
        }
        nanos = fraction * POWERS_OF_TEN[9 - count];
      }
    }
    Integer offsetSeconds = offsetSeconds(s, pos, length);
    if (offsetSeconds == null) {
      return null;
    }
    long localSeconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L
        + hour * 3_600L + minute * 60L + second;
    if (pos < length) {
      return Instant.ofEpochSecond(localSeconds - offsetSeconds, nanos);
    }
    if (zone instanceof ZoneOffset fixed) {
      return Instant.ofEpochSecond(localSeconds - fixed.getTotalSeconds(), nanos);
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
  }

  /** Returns the offset at {@code pos} in seconds (0 for none or Z), or null for another form. */
  private static @Nullable Integer offsetSeconds(String s, int pos, int length) {
    if (pos == length) {
      return 0;
    }
    char sign = s.charAt(pos);
    if ((sign == 'Z' || sign == 'z') && pos + 1 == length) {
      return 0;
    }
    if ((sign == '+' || sign == '-') && pos + 6 == length && s.charAt(pos + 3) == ':') {
      int hours = digits(s, pos + 1, 2);
      int minutes = digits(s, pos + 4, 2);
      if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
        return null;
      }
      int total = hours * 3_600 + minutes * 60;
      return sign == '-' ? -total : total;
    }
    return null;
  }

  private static boolean isDateTimeSeparator(char c) {
    return c == 'T' || c == 't' || c == ' ';
  }

  /** Returns the value of {@code count} ASCII digits at {@code start}, or -1. */
  private static int digits(String s, int start, int count) {
    if (start + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Parses one timestamp; a text without offset is read in {@code zone}. */
  static Instant parse(String text, ZoneId zone) {
    Instant fast = parseCommonForm(text, zone);
    return fast != null ? fast : parseAnyForm(text, zone);
  }

  /**
   * The general parser. {@code parseBest} copies its parse state for every optional section and
   * throws internally for zone-less text, which made it most of a call's cost; so it only sees
   * what {@link #parseCommonForm} declines.
   */
  static Instant parseAnyForm(String text, ZoneId zone) {
    TemporalAccessor parsed = FORMAT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((LocalDateTime) parsed).atZone(zone).toInstant();
  }
}
