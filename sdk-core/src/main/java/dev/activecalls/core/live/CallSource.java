package dev.activecalls.core.live;

import dev.activecalls.core.errors.ActiveCallsException;

/**
 * One vendor account as the live view sees it: it answers "which calls are live now" and says
 * what asking costs. Get one from a vendor client ({@code trillet.callSource()}, {@code
 * vobiz.callSource()}, {@code talkover.callSource()}) and give it to the {@code sdk-monitor}'s
 * {@code LiveCallMonitor}; implement it to watch something else. A monitor calls {@link #poll()}
 * from one thread at a time.
 */
public interface CallSource {

  /**
   * Returns the name this source reports its calls and its health under, unique in a monitor.
   *
   * @return the name, like {@code trillet}
   */
  String name();

  /**
   * Returns the vendor, as {@link CallView#vendor()} names it.
   *
   * @return the vendor, like {@code trillet}
   */
  String vendor();

  /**
   * Returns how many requests the vendor allows this source, which the monitor keeps to.
   *
   * @return the budget
   */
  RequestBudget budget();

  /**
   * Returns how many requests the next {@link #poll()} is expected to send, at least 1: the
   * monitor polls only when the budget affords it. A source whose cost depends on how many calls
   * are live estimates it from its last poll.
   *
   * @return the expected request count
   */
  int pollCost();

  /**
   * Asks the vendor which calls are live now. Sends its requests without the client's retries: a
   * failed poll is retried by the next one.
   *
   * @return every live call, and the requests it took
   * @throws ActiveCallsException if the vendor could not be asked; the monitor then keeps the
   *     source's last answer and reports the source failing, never its calls as ended
   */
  CallPoll poll();
}
