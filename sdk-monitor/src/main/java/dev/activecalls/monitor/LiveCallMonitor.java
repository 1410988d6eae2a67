package dev.activecalls.monitor;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.internal.SourceTracker;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One live view of every call across vendor accounts, with change events. Each {@link CallSource}
 * (from a vendor client's {@code callSource()}) is polled on its own interval, within its request
 * budget, and diffed against its last good answer; listeners hear every call that starts, changes
 * or ends, and every source that starts failing or recovers. A failing or skipped source keeps its
 * calls as last seen: a vendor's bad minute never reads as every call ending.
 *
 * <pre>{@code
 * try (LiveCallMonitor monitor = LiveCallMonitor.builder()
 *     .source(trillet.callSource()).source(vobiz.callSource()).source(talkover.callSource())
 *     .listener(event -> System.out.println(event))
 *     .build()) {
 *   monitor.start();
 *   ...
 *   monitor.snapshot().calls();   // every call live now
 * }
 * }</pre>
 *
 * <p>All polling happens on one thread: the monitor's own ({@link #start()}), the scheduler's
 * when one is injected, or the caller's ({@link #pollNow()}); polls never overlap. Listeners run on
 * that thread, in order; one that throws is logged and the others still hear the event. {@link
 * #snapshot()} may be called from any thread. Thread-safe.
 */
public final class LiveCallMonitor implements AutoCloseable {
  /** Logs listeners that throw, at WARNING. */
  static final System.Logger LOG = System.getLogger("dev.activecalls.monitor");
  /** How often a source is polled unless the builder says otherwise. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final List<SourceTracker> trackers;
  private final List<Consumer<CallEvent>> listeners;
  private final Clock clock;
  private final @Nullable Sleeper scheduler;
  private final ReentrantLock pollLock = new ReentrantLock();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable ScheduledExecutorService ownThread;

  private LiveCallMonitor(Builder builder) {
    this.trackers = List.copyOf(builder.trackers);
    this.listeners = List.copyOf(builder.listeners);
    this.clock = builder.clock;
    this.scheduler = builder.scheduler;
  }

  /**
   * Returns a builder with no sources, the system clock and a poll every {@link
   * #DEFAULT_INTERVAL}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts polling: every source at once, then each again after its interval, on the monitor's
   * one thread (or the injected scheduler's). Returns at once.
   *
   * @throws IllegalStateException if already started, or closed
   */
  public void start() {
    checkOpen();
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("LiveCallMonitor is already started");
    }
    Sleeper timer = scheduler;
    if (timer == null) {
      ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "activecalls-monitor");
        t.setDaemon(true);
        return t;
      });
      ownThread = thread;
      timer = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis());
        }

        @Override
        public void schedule(Duration duration, Runnable task) {
          thread.schedule(task, duration.toNanos(), TimeUnit.NANOSECONDS);
        }
      };
    }
    for (SourceTracker tracker : trackers) {
      schedule(timer, tracker, Duration.ZERO);
    }
  }

  private void schedule(Sleeper timer, SourceTracker tracker, Duration delay) {
    if (closed.get()) {
      return;
    }
    timer.schedule(delay, () -> {
      if (closed.get()) {
        return;
      }
      try {
        poll(tracker);
      } catch (RuntimeException e) {
        // A source's failure is handled in the poll; this is a bug, and must not stop the polling.
        LOG.log(Level.WARNING, "A LiveCallMonitor poll of " + tracker.name() + " failed unexpectedly", e);
      } finally {
        schedule(timer, tracker, tracker.interval());
      }
    });
  }

  /**
   * Polls every source once, in the order they were added, on the calling thread, and returns when
   * every listener has heard the events. A source its budget cannot afford, or that the vendor
   * paused, is skipped and reported stale. Waits for a poll of the running monitor to finish
   * first.
   *
   * @return the snapshot after the polls
   * @throws IllegalStateException if closed
   */
  public MonitorSnapshot pollNow() {
    checkOpen();
    for (SourceTracker tracker : trackers) {
      poll(tracker);
    }
    return snapshot();
  }

  private void poll(SourceTracker tracker) {
    List<CallEvent> events;
    pollLock.lock();
    try {
      events = tracker.poll(clock);
      for (CallEvent event : events) {
        tell(event);
      }
    } finally {
      pollLock.unlock();
    }
  }

  private void tell(CallEvent event) {
    for (Consumer<CallEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A LiveCallMonitor listener threw on " + event.getClass().getSimpleName()
            + " of " + event.sourceName() + "; the monitor goes on", e);
      }
    }
  }

  /**
   * Returns every call live now, as each source last saw it, and each source's health.
   *
   * @return the snapshot; immutable
   */
  public MonitorSnapshot snapshot() {
    List<SourceHealth> sources = new ArrayList<>(trackers.size());
    int count = 0;
    for (SourceTracker tracker : trackers) {
      SourceHealth health = tracker.health();
      sources.add(health);
      count += health.calls();
    }
    List<CallView> calls;
    if (trackers.size() == 1) {
      calls = trackers.get(0).calls(); // already immutable: the snapshot keeps it without a copy
    } else {
      calls = new ArrayList<>(count);
      for (SourceTracker tracker : trackers) {
        for (CallView call : tracker.calls()) { // addAll would copy each list into an array first
          calls.add(call);
        }
      }
    }
    return new MonitorSnapshot(clock.instant(), calls, sources);
  }

  /**
   * Stops polling and ends the monitor's thread; a poll in progress finishes, and its events are
   * still told. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ScheduledExecutorService thread = ownThread;
      if (thread != null) {
        thread.shutdownNow();
      }
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("LiveCallMonitor is closed");
    }
  }

  @Override
  public String toString() {
    return "LiveCallMonitor" + trackers.stream().map(SourceTracker::name).toList();
  }

  /** Builds a {@link LiveCallMonitor}. */
  public static final class Builder {
    private final List<SourceTracker> trackers = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final List<Consumer<CallEvent>> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration interval = DEFAULT_INTERVAL;
    private @Nullable Sleeper scheduler;

    private Builder() {}

    /**
     * Adds a source, polled every {@link #pollInterval} (as set when the source is added).
     *
     * @param source the source, like {@code trillet.callSource()}
     * @return this builder
     * @throws IllegalArgumentException if a source of the same name was added
     */
    public Builder source(CallSource source) {
      return source(source, interval);
    }

    /**
     * Adds a source polled on its own interval.
     *
     * @param source the source
     * @param every how often to poll it, positive; its budget still decides whether a poll is sent
     * @return this builder
     * @throws IllegalArgumentException if a source of the same name was added, or {@code every} is
     *     not positive
     */
    public Builder source(CallSource source, Duration every) {
      Objects.requireNonNull(source, "source");
      if (!names.add(source.name())) {
        throw new IllegalArgumentException("source: another source is named " + source.name());
      }
      trackers.add(new SourceTracker(source, positive("every", every)));
      return this;
    }

    /**
     * Sets how often the sources added after this call are polled ({@link #DEFAULT_INTERVAL}
     * unless set).
     *
     * @param every the interval, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder pollInterval(Duration every) {
      this.interval = positive("pollInterval", every);
      return this;
    }

    /**
     * Sets the clock events, budgets and snapshots read the time from.
     *
     * @param value the clock; {@link Clock#systemUTC()} by default
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Adds a listener; every listener hears every event, in the order added.
     *
     * @param listener called on the polling thread; it should return quickly
     * @return this builder
     */
    public Builder listener(Consumer<CallEvent> listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Runs the polls of {@link LiveCallMonitor#start()} through {@code value}'s {@link
     * Sleeper#schedule} instead of the monitor's own thread: for tests in simulated time, or to
     * share a scheduler. Its tasks poll, so the scheduler must let them block.
     *
     * @param value the scheduler
     * @return this builder
     */
    public Builder scheduler(Sleeper value) {
      this.scheduler = Objects.requireNonNull(value, "scheduler");
      return this;
    }

    /**
     * Builds the monitor; nothing is polled until {@link LiveCallMonitor#start()} or {@link
     * LiveCallMonitor#pollNow()}.
     *
     * @return the monitor
     * @throws IllegalStateException if no source was added
     */
    public LiveCallMonitor build() {
      if (trackers.isEmpty()) {
        throw new IllegalStateException("A LiveCallMonitor needs at least one source");
      }
      return new LiveCallMonitor(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
