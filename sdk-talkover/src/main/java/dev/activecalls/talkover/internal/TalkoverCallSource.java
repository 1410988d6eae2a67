package dev.activecalls.talkover.internal;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.PageWalker;
import dev.activecalls.core.internal.VendorCallSource;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.talkover.Call;
import dev.activecalls.talkover.CallAgent;
import dev.activecalls.talkover.CallListRequest;
import dev.activecalls.talkover.CallPage;
import dev.activecalls.talkover.CallsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's calls as a live-view source: what {@link CallsService#listActive()} lists (the
 * initiated, ringing and answered calls, every page), counting the pages it asks for. The call id
 * is the one {@code end} takes; a call without a duration has lasted since {@code created_at}.
 */
public final class TalkoverCallSource extends VendorCallSource {
  /** Talkover's standard plan: 100 requests a minute. */
  public static final RequestBudget BUDGET = RequestBudget.perMinute(100);

  private final CallsService calls;
  private final @Nullable String agentId;
  private volatile int lastRequests = 3;

  /**
   * Creates the source.
   *
   * @param name the source's name
   * @param budget the requests allowed
   * @param calls the client's blocking calls service
   * @param agentId the one agent to watch, or null for every agent
   * @param clock the client's clock
   */
  public TalkoverCallSource(String name, RequestBudget budget, CallsService calls, @Nullable String agentId,
      Clock clock) {
    super(name, "talkover", budget, clock);
    this.calls = calls;
    this.agentId = agentId;
    CallsViews.activeLists(agentId, POLL); // an invalid agent id fails here, not at the first poll
  }

  /** One list per active state, each at least one page: as many requests as the last poll took. */
  @Override
  public int pollCost() {
    return lastRequests;
  }

  @Override
  public CallPoll poll() {
    int[] requests = {0};
    List<Call> found = new ArrayList<>();
    for (CallListRequest request : CallsViews.activeLists(agentId, POLL)) {
      new PageWalker<CallPage, Call>(1, CallPage::calls, CallPage::lastPage).blocking(page -> {
        requests[0]++;
        return calls.list(request.withPage(page), POLL);
      }).forEach(found::add);
    }
    lastRequests = requests[0];
    Instant now = clock().instant();
    List<CallView> views = new ArrayList<>();
    for (Call call : CallsViews.distinct(found)) {
      CallAgent agent = call.agent();
      Duration duration = call.duration();
      if (duration == null && !call.createdAt().isAfter(now)) {
        duration = Duration.between(call.createdAt(), now).withNanos(0);
      }
      views.add(new CallView("talkover", name(), call.id(),
          OpenEnum.of(LiveState.class, call.status().raw()), call.from(), call.to(),
          agent == null ? agentId : agent.name() != null ? agent.name() : agent.id(),
          call.createdAt(), duration, call));
    }
    return new CallPoll(views, requests[0]);
  }
}
