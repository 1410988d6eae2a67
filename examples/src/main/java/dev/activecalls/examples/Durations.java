package dev.activecalls.examples;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Formats call durations the way a wallboard shows them. */
final class Durations {
  private Durations() {}

  /** Returns {@code m:ss}, or null when there is no duration. */
  static @Nullable String minutesSeconds(@Nullable Duration duration) {
    if (duration == null) {
      return null;
    }
    long seconds = duration.toSeconds();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
