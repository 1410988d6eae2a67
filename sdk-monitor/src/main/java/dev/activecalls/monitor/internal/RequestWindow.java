package dev.activecalls.monitor.internal;

import dev.activecalls.core.live.RequestBudget;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The requests a source sent within its budget's window, to hold every window to the budget: a
 * sliding log of (time, count). A token bucket of the same size would let twice the budget through
 * in the first window (a full bucket, then its refill), which a vendor counting per minute
 * refuses. Not thread-safe: the monitor polls one source at a time.
 */
public final class RequestWindow {
  private final RequestBudget budget;
  private final Deque<Sent> sent = new ArrayDeque<>();
  private long inWindow;

  private record Sent(Instant at, int requests) {}

  /**
   * Creates an empty window.
   *
   * @param budget the requests allowed per window
   */
  public RequestWindow(RequestBudget budget) {
    this.budget = budget;
  }

  /**
   * Tells whether {@code requests} more may be sent at {@code now}.
   *
   * @param now the time
   * @param requests how many
   * @return true if the window then holds at most the budget
   */
  public boolean affords(Instant now, int requests) {
    forgetBefore(now.minus(budget.per()));
    return inWindow + requests <= budget.requests();
  }

  /**
   * Records requests sent at {@code now}.
   *
   * @param now the time
   * @param requests how many
   */
  public void charge(Instant now, int requests) {
    if (requests > 0) {
      sent.addLast(new Sent(now, requests));
      inWindow += requests;
    }
  }

  /**
   * Returns how many requests were sent in the window ending at {@code now}.
   *
   * @param now the time
   * @return the count
   */
  public long sentWithin(Instant now) {
    forgetBefore(now.minus(budget.per()));
    return inWindow;
  }

  private void forgetBefore(Instant start) {
    // A request exactly one window old still counts: every closed window holds the budget.
    while (!sent.isEmpty() && sent.peekFirst().at().isBefore(start)) {
      inWindow -= sent.removeFirst().requests();
    }
  }
}
