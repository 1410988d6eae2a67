package dev.activecalls.vobiz.internal;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.internal.VendorCallSource;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.vobiz.CallState;
import dev.activecalls.vobiz.GetLiveCallRequest;
import dev.activecalls.vobiz.GetQueuedCallRequest;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.VobizClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * A Vobiz account as a live-view source. Vobiz lists live and queued calls as bare UUIDs, so a
 * poll is the two lists and then one detail request per call, at most {@code maxInFlight} at a
 * time (on OkHttp's dispatcher: no thread of its own). A call whose detail answers 404 ended
 * between the list and the detail, and is left out; a queued call is {@link LiveState#QUEUED}.
 */
public final class VobizCallSource extends VendorCallSource {
  /** Vobiz documents no rate limit: ten requests a second unless the user sets a budget. */
  public static final RequestBudget BUDGET = RequestBudget.perMinute(600);
  /** Detail requests in flight at once unless the user says otherwise. */
  public static final int MAX_IN_FLIGHT = 4;

  private final VobizClient vobiz;
  private final int maxInFlight;
  private volatile int lastCalls;

  /**
   * Creates the source.
   *
   * @param name the source's name
   * @param budget the requests allowed
   * @param maxInFlight detail requests in flight at once, at least 1
   * @param vobiz the client
   * @param clock the client's clock
   * @throws IllegalArgumentException if {@code maxInFlight} is below 1
   */
  public VobizCallSource(String name, RequestBudget budget, int maxInFlight, VobizClient vobiz, Clock clock) {
    super(name, "vobiz", budget, clock);
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
    }
    this.vobiz = vobiz;
    this.maxInFlight = maxInFlight;
  }

  /** The two lists, and a detail for each call the last poll saw. */
  @Override
  public int pollCost() {
    return 2 + lastCalls;
  }

  @Override
  public CallPoll poll() {
    List<String> live = vobiz.liveCalls().list(POLL).callUuids();
    List<String> queued = vobiz.queuedCalls().list(POLL).callUuids();
    List<CompletableFuture<Optional<LiveCall>>> details = new ArrayList<>(live.size() + queued.size());
    Semaphore slots = new Semaphore(maxInFlight);
    try {
      fetch(live, uuid -> vobiz.async().liveCalls().find(new GetLiveCallRequest(uuid), POLL), slots, details);
      fetch(queued, uuid -> vobiz.async().queuedCalls().find(new GetQueuedCallRequest(uuid), POLL), slots,
          details);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      details.forEach(detail -> detail.cancel(true));
      throw new ApiConnectionException("Interrupted while polling Vobiz call details", e);
    }
    Instant now = clock().instant();
    List<CallView> views = new ArrayList<>(details.size());
    for (int i = 0; i < details.size(); i++) {
      // A detail without call_status is in the state of the list it came from, as Vobiz words it.
      String listState = i < live.size() ? "live" : "queued";
      join(details, i).ifPresent(found -> views.add(view(found, listState, now)));
    }
    lastCalls = details.size();
    return new CallPoll(views, 2 + details.size());
  }

  /** Starts a detail request per UUID, waiting for a free slot before each. */
  private void fetch(List<String> uuids, Function<String, CompletableFuture<Optional<LiveCall>>> find,
      Semaphore slots, List<CompletableFuture<Optional<LiveCall>>> details) throws InterruptedException {
    for (String uuid : uuids) {
      slots.acquire();
      CompletableFuture<Optional<LiveCall>> detail;
      try {
        detail = find.apply(uuid);
      } catch (RuntimeException e) {
        slots.release();
        throw e;
      }
      detail.whenComplete((found, failure) -> slots.release());
      details.add(detail);
    }
  }

  /** Waits for detail {@code i}; a failure fails the poll, and the details still running stop. */
  private static Optional<LiveCall> join(List<CompletableFuture<Optional<LiveCall>>> details, int i) {
    try {
      return details.get(i).get();
    } catch (ExecutionException | CompletionException e) {
      details.forEach(detail -> detail.cancel(true));
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw cause instanceof RuntimeException runtime ? runtime
          : new ApiConnectionException("A Vobiz call detail failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      details.forEach(detail -> detail.cancel(true));
      throw new ApiConnectionException("Interrupted while polling Vobiz call details", e);
    }
  }

  private CallView view(LiveCall call, String listState, Instant now) {
    OpenEnum<CallState> state = call.state();
    Instant started = call.sessionStart() != null ? call.sessionStart()
        : call.answerTime() != null ? call.answerTime() : call.initiationTime();
    Duration duration = call.duration();
    if (duration == null && started != null && !started.isAfter(now)) {
      duration = Duration.between(started, now).withNanos(0);
    }
    return new CallView("vobiz", name(), call.callUuid(),
        OpenEnum.of(LiveState.class, state == null ? listState : state.raw()), call.from(), call.to(),
        null, started, duration, call);
  }
}
