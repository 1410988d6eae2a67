package dev.activecalls.trillet.internal;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.VendorCallSource;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.ActiveCallsService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A Trillet workspace as a live-view source: one {@code GET /v2/api/active-calls} a poll. The
 * call id is the room name, which {@code end} and {@code get} take; the start time is the poll's
 * time less Trillet's duration, to the second.
 */
public final class TrilletCallSource extends VendorCallSource {
  /** Trillet's documented rate limit. */
  public static final RequestBudget BUDGET = RequestBudget.perMinute(60);

  private final ActiveCallsService activeCalls;

  /**
   * Creates the source.
   *
   * @param name the source's name
   * @param budget the requests allowed
   * @param activeCalls the client's blocking service
   * @param clock the client's clock
   */
  public TrilletCallSource(String name, RequestBudget budget, ActiveCallsService activeCalls, Clock clock) {
    super(name, "trillet", budget, clock);
    this.activeCalls = activeCalls;
  }

  @Override
  public int pollCost() {
    return 1;
  }

  @Override
  public CallPoll poll() {
    List<ActiveCall> calls = activeCalls.list(POLL).data();
    Instant now = clock().instant().truncatedTo(ChronoUnit.SECONDS);
    List<CallView> views = new ArrayList<>(calls.size());
    for (ActiveCall call : calls) {
      views.add(new CallView("trillet", name(), call.roomName(),
          OpenEnum.of(LiveState.class, call.status().raw()), call.customerPhone(), null,
          call.aiAgentName(), now.minusSeconds(call.duration().toSeconds()), call.duration(), call));
    }
    return new CallPoll(views, 1);
  }
}
