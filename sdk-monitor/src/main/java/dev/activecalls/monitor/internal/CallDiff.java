package dev.activecalls.monitor.internal;

import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.CallEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The events between a source's last good calls and its new ones, by call id: one pass over each
 * side, so the cost grows with the number of calls, not its square.
 */
public final class CallDiff {
  private CallDiff() {}

  /**
   * Returns the events: started and changed in the new calls' order, then ended in the old calls'.
   *
   * @param at when the new calls were seen
   * @param before the last good calls by id
   * @param after the new calls by id
   * @return the events, possibly none, in a new list the caller may add to
   */
  public static List<CallEvent> between(Instant at, Map<String, CallView> before, Map<String, CallView> after) {
    List<CallEvent> events = new ArrayList<>();
    for (CallView now : after.values()) {
      CallView then = before.get(now.callId());
      if (then == null) {
        events.add(new CallEvent.Started(at, now));
      } else {
        Set<CallEvent.Field> fields = changes(then, now);
        if (fields != null) {
          events.add(new CallEvent.Changed(at, then, now, fields));
        }
      }
    }
    for (CallView then : before.values()) {
      if (!after.containsKey(then.callId())) {
        events.add(new CallEvent.Ended(at, then));
      }
    }
    return events;
  }

  /** Returns what changed, or null when nothing did: most calls, so nothing is allocated then. */
  private static @Nullable Set<CallEvent.Field> changes(CallView then, CallView now) {
    boolean state = !then.state().equals(now.state());
    boolean from = !Objects.equals(then.from(), now.from());
    boolean to = !Objects.equals(then.to(), now.to());
    boolean agent = !Objects.equals(then.agent(), now.agent());
    if (!(state || from || to || agent)) {
      return null;
    }
    Set<CallEvent.Field> fields = EnumSet.noneOf(CallEvent.Field.class);
    if (state) {
      fields.add(CallEvent.Field.STATE);
    }
    if (from) {
      fields.add(CallEvent.Field.FROM);
    }
    if (to) {
      fields.add(CallEvent.Field.TO);
    }
    if (agent) {
      fields.add(CallEvent.Field.AGENT);
    }
    return fields;
  }
}
