package dev.activecalls.benchmarks.prototype;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;

/**
 * Proposed replacement for {@code dev.activecalls.core.internal.InstantAdapter.parse(String,
 * ZoneId)}: the same result for every input, but the forms the vendors actually send are read by
 * hand, without {@link DateTimeFormatter#parseBest}. That call copies its parse state for each of
 * the formatter's six optional sections and, for a zone-less text, throws and catches a {@code
 * DateTimeException} before trying {@code LocalDateTime} (Vobiz's timestamps are all zone-less).
 *
 * <p>Fast path: {@code yyyy-MM-dd}, then {@code T}, {@code t} or a space, then {@code HH:mm},
 * optional {@code :ss}, optional {@code .} and 1 to 9 digits, then nothing (read in {@code zone}),
 * {@code Z}/{@code z}, or {@code +HH:MM}/{@code -HH:MM}. Anything else, or any field out of its
 * everyday range (day beyond the month's length, hour 24, offset beyond 17:59), goes to the SDK's
 * formatter unchanged, so errors and edge cases are exactly as before.
 */
public final class FastTimestamps {
  /** The SDK's formatter, copied verbatim from {@code InstantAdapter.FORMAT}: the fallback. */
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
      .withResolverStyle(java.time.format.ResolverStyle.STRICT); // as sdk-core's InstantAdapter

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };
  private static final int NOT_FAST = Integer.MIN_VALUE;

  private FastTimestamps() {}

  /**
   * Parses one timestamp; a text without offset is read in {@code zone}.
   *
   * @param text the stripped timestamp text
   * @param zone the zone for texts without offset
   * @return the instant
   * @throws java.time.format.DateTimeParseException as the SDK's parser does
   */
  public static Instant parse(String text, ZoneId zone) {
    Instant fast = tryFast(text, zone);
    return fast != null ? fast : slow(text, zone);
  }

  /** The SDK's current code, unchanged. */
  static Instant slow(String text, ZoneId zone) {
    TemporalAccessor parsed = FORMAT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((LocalDateTime) parsed).atZone(zone).toInstant();
  }

  private static Instant tryFast(String s, ZoneId zone) {
    int length = s.length();
    if (length < 16
        || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
        || !isSeparator(s.charAt(10))) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
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
        while (pos < length && pos - start < 10) {
          char c = s.charAt(pos);
          if (c < '0' || c > '9') {
            break;
          }
          fraction = fraction * 10 + (c - '0');
          pos++;
        }
        int count = pos - start;
        if (count == 0 || count > 9) {
          return null;
        }
        nanos = fraction * POWERS_OF_TEN[9 - count];
      }
    }
    int offsetSeconds = offsetSeconds(s, pos, length);
    if (offsetSeconds == NOT_FAST) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long localSeconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second;
    if (pos == length) { // no offset: read in the client's zone
      if (zone instanceof ZoneOffset fixed) {
        return Instant.ofEpochSecond(localSeconds - fixed.getTotalSeconds(), nanos);
      }
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
    }
    return Instant.ofEpochSecond(localSeconds - offsetSeconds, nanos);
  }

  /** Returns the offset in seconds at {@code pos}, 0 when there is none, or NOT_FAST. */
  private static int offsetSeconds(String s, int pos, int length) {
    if (pos == length) {
      return 0;
    }
    char c = s.charAt(pos);
    if ((c == 'Z' || c == 'z') && pos + 1 == length) {
      return 0;
    }
    if ((c == '+' || c == '-') && pos + 6 == length && s.charAt(pos + 3) == ':') {
      int hours = digits(s, pos + 1, 2);
      int minutes = digits(s, pos + 4, 2);
      if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
        return NOT_FAST;
      }
      int total = hours * 3_600 + minutes * 60;
      return c == '-' ? -total : total;
    }
    return NOT_FAST;
  }

  private static boolean isSeparator(char c) {
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
}
