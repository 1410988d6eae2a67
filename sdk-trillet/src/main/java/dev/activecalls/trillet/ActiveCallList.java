package dev.activecalls.trillet;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The calls live in the workspace when Trillet answered {@code GET /v2/api/active-calls}. Trillet
 * does not paginate this endpoint: every live call is here. Iterating it iterates {@link #data()}.
 *
 * @param data the live calls, in Trillet's order; empty when there are none. Unmodifiable.
 * @param count the number of live calls Trillet reported. Kept as sent: it may differ from {@code
 *     data().size()} if Trillet counts differently or a call ended while the answer was made.
 * @param timestamp Trillet's server time when the answer was made; call durations are as of then
 */
public record ActiveCallList(List<ActiveCall> data, int count, Instant timestamp)
    implements Iterable<ActiveCall> {

  /** Checks the parts and copies {@code data} (null becomes empty). */
  public ActiveCallList {
    data = data == null ? List.of() : List.copyOf(data);
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /** Returns an iterator over {@link #data()}; it does not support {@code remove}. */
  @Override
  public Iterator<ActiveCall> iterator() {
    return data.iterator();
  }
}
