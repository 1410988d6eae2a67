package dev.activecalls.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Argument checks and time arithmetic the fakes share. */
public final class Values {
  private Values() {}

  /**
   * Checks that a text is present and not blank.
   *
   * @param name the parameter name for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if blank
   */
  public static String requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Returns the whole seconds from one instant to another, never negative.
   *
   * @param from the start
   * @param to the end
   * @return the duration, truncated to whole seconds, or zero if {@code to} is before {@code from}
   */
  public static Duration wholeSecondsBetween(Instant from, Instant to) {
    return Duration.ofSeconds(Math.max(0, Duration.between(from, to).getSeconds()));
  }
}
