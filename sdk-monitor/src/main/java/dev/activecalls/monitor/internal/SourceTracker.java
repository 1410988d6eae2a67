package dev.activecalls.monitor.internal;

import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.CallEvent;
import dev.activecalls.monitor.SourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source inside a monitor: its budget, its last good calls and its health, and one poll's
 * worth of deciding what happened. Polled by one thread at a time (the monitor's poll lock); its
 * health and calls are published as immutable values for snapshots from any thread.
 */
public final class SourceTracker {
  private static final int MAX_ERROR_CHARS = 300;

  private final CallSource source;
  private final Duration interval;
  private final RequestWindow window;
  private Map<String, CallView> calls = Map.of();
  private volatile List<CallView> published = List.of();
  private volatile SourceHealth health;
  private @Nullable Instant lastSuccess;
  private int failedPolls;
  private @Nullable Instant pausedUntil;

  /**
   * Tracks a source.
   *
   * @param source the source
   * @param interval how often it is polled when the monitor runs
   */
  public SourceTracker(CallSource source, Duration interval) {
    this.source = Objects.requireNonNull(source, "source");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.window = new RequestWindow(source.budget());
    this.health = new SourceHealth(source.name(), source.vendor(), SourceHealth.Status.PENDING, null, 0,
        null, null, 0);
  }

  /**
   * Returns the source's name.
   *
   * @return the name
   */
  public String name() {
    return source.name();
  }

  /**
   * Returns how often the source is polled.
   *
   * @return the interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * Returns the source's calls as last seen; immutable.
   *
   * @return the calls
   */
  public List<CallView> calls() {
    return published;
  }

  /**
   * Returns the source's health now.
   *
   * @return the health
   */
  public SourceHealth health() {
    return health;
  }

  /**
   * Returns how many requests the source sent in the budget's window ending now.
   *
   * @param now the time
   * @return the count
   */
  public long requestsWithin(Instant now) {
    return window.sentWithin(now);
  }

  /**
   * Polls the source if its budget and the vendor allow, and returns what happened. A skipped poll
   * marks the source stale; a failed one marks it failing (one {@link CallEvent.SourceFailing} when
   * it starts failing) and keeps its calls; a good one after failures reports the recovery, then
   * the calls' changes since the last good poll.
   *
   * @param clock the monitor's clock
   * @return the events, possibly none
   */
  public List<CallEvent> poll(Clock clock) {
    Instant now = clock.instant();
    if (pausedUntil != null && now.isBefore(pausedUntil)) {
      publish(SourceHealth.Status.STALE, null);
      return List.of();
    }
    pausedUntil = null;
    int cost = Math.max(1, source.pollCost());
    if (!window.affords(now, cost)) {
      publish(SourceHealth.Status.STALE, null);
      return List.of();
    }
    CallPoll poll;
    try {
      poll = source.poll();
    } catch (RuntimeException e) {
      window.charge(now, cost); // what was sent is unknown: count what was expected
      return failed(now, e);
    }
    window.charge(now, poll.requests());
    Map<String, CallView> fresh = byId(poll.calls());
    List<CallEvent> events = CallDiff.between(now, calls, fresh);
    if (failedPolls > 0) {
      events.add(0, new CallEvent.SourceRecovered(now, source.name(), failedPolls));
    }
    calls = fresh;
    // The poll's list is immutable already; it is copied only when a call id came twice.
    published = fresh.size() == poll.calls().size() ? poll.calls() : List.copyOf(fresh.values());
    lastSuccess = now;
    failedPolls = 0;
    publish(SourceHealth.Status.HEALTHY, null);
    return events;
  }

  private List<CallEvent> failed(Instant now, RuntimeException e) {
    if (e instanceof RateLimitException limited) {
      Duration wait = limited.retryAfter().orElse(source.budget().per());
      pausedUntil = now.plus(wait);
    }
    failedPolls++;
    String error = describe(e);
    publish(SourceHealth.Status.FAILING, error);
    return failedPolls == 1 ? List.of(new CallEvent.SourceFailing(now, source.name(), error)) : List.of();
  }

  /** Keeps the first view of each call id: a source listing a call twice reports it once. */
  private static Map<String, CallView> byId(Collection<CallView> views) {
    Map<String, CallView> byId = new LinkedHashMap<>(views.size() * 2);
    for (CallView view : views) {
      byId.putIfAbsent(view.callId(), view);
    }
    return byId;
  }

  private void publish(SourceHealth.Status status, @Nullable String error) {
    SourceHealth.Status shown = status == SourceHealth.Status.STALE && failedPolls > 0
        ? SourceHealth.Status.FAILING : status;
    health = new SourceHealth(source.name(), source.vendor(), shown, lastSuccess, failedPolls,
        error != null ? error : failedPolls > 0 ? health.lastError() : null, pausedUntil, calls.size());
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "...";
  }
}
