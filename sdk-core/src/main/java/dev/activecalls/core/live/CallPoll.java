package dev.activecalls.core.live;

import java.util.List;
import java.util.Objects;

/**
 * What one poll of a {@link CallSource} found, and what it cost.
 *
 * @param calls every call live on the source now, each call id once; unmodifiable
 * @param requests how many HTTP requests the poll sent, at least 1
 */
public record CallPoll(List<CallView> calls, int requests) {

  /**
   * Copies the list and checks the count.
   *
   * @throws NullPointerException if {@code calls} or one of its views is null
   * @throws IllegalArgumentException if {@code requests} is below 1
   */
  public CallPoll {
    calls = List.copyOf(Objects.requireNonNull(calls, "calls"));
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, was " + requests);
    }
  }
}
