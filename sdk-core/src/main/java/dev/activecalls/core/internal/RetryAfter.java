package dev.activecalls.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads how long a vendor asks the caller to wait: {@code Retry-After-Ms}, then {@code Retry-After}. */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the requested wait, or null when the headers ask for none or cannot be read.
   *
   * @param headers the response headers
   * @param clock now, for {@code Retry-After} given as an HTTP date
   */
  static @Nullable Duration from(Headers headers, Clock clock) {
    Duration millis = decimal(headers.get("Retry-After-Ms"), 1_000_000L);
    if (millis != null) {
      return millis;
    }
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    Duration seconds = decimal(value, 1_000_000_000L);
    if (seconds != null) {
      return seconds;
    }
    Instant date = headers.getInstant("Retry-After");
    if (date == null) {
      return null;
    }
    Duration until = Duration.between(clock.instant(), date);
    return until.isNegative() ? Duration.ZERO : until;
  }

  private static @Nullable Duration decimal(@Nullable String text, long nanosPerUnit) {
    if (text == null) {
      return null;
    }
    try {
      double units = Double.parseDouble(text.strip());
      if (!(units >= 0) || Double.isInfinite(units)) {
        return null;
      }
      double nanos = units * nanosPerUnit;
      return nanos >= Long.MAX_VALUE ? Duration.ofNanos(Long.MAX_VALUE) : Duration.ofNanos((long) nanos);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
