package dev.activecalls.core.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests a source may send in any window of a given length, like Trillet's 60 a
 * minute. The monitor holds every window, not just an average: a poll it cannot afford is skipped.
 *
 * @param requests the most requests in any window, at least 1
 * @param per the window's length, positive
 */
public record RequestBudget(int requests, Duration per) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming {@code requests} if below 1, or {@code per} if not
   *     positive
   * @throws NullPointerException if {@code per} is null
   */
  public RequestBudget {
    Objects.requireNonNull(per, "per");
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, was " + requests);
    }
    if (per.isZero() || per.isNegative()) {
      throw new IllegalArgumentException("per must be positive, was " + per);
    }
  }

  /**
   * Returns a budget of {@code requests} a minute.
   *
   * @param requests the most requests in any minute, at least 1
   * @return the budget
   * @throws IllegalArgumentException if {@code requests} is below 1
   */
  public static RequestBudget perMinute(int requests) {
    return new RequestBudget(requests, Duration.ofMinutes(1));
  }
}
