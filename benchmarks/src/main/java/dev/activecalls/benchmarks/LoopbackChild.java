package dev.activecalls.benchmarks;

import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One fresh JVM of {@link LoopbackBenchmark}: the SDK, the hand-written baseline and the limit
 * (plain OkHttp, the SDK's streaming decoder) list Trillet's active calls from one {@link
 * LoopbackServer}, taking turns in the same JVM under the same load.
 *
 * <p>Each side first calls alone, one call at a time, for {@link Prewarm#NANOS}, so the JIT
 * settles before the callers pile on. Then the callers start ({@code sync}: that many threads, each
 * calling and waiting; {@code async}: one thread keeping that many calls in flight, each completed
 * on OkHttp's dispatcher) and the sides take turns in windows: round {@code r} runs the sides in
 * the order rotated by {@code r}, so each side holds each place equally often. The warm-up rounds
 * are not reported. Each side has its own OkHttpClient, sized alike ({@link Clients#sizedFor}).
 *
 * <p>Usage: {@code LoopbackChild <sync|async> <callers or calls in flight> <warm-up rounds>
 * <rounds> <window ms>}. Prints one line per measured window: the side and its calls completed
 * per second, like {@code sdk 24123.5}.
 */
public final class LoopbackChild {
  /** The sides, by the names the results use; a window's side is its index here. */
  static final List<String> SIDES = List.of("sdk", "baseline", "limit");

  private final boolean async;
  private final int concurrency;
  private final OkHttpClient sdkHttp;
  private final OkHttpClient baselineHttp;
  private final OkHttpClient limitHttp;
  private final TrilletClient sdk;
  private final TrilletBaseline baseline;
  private final TrilletBaseline limit;
  private final LongAdder[] completed = {new LongAdder(), new LongAdder(), new LongAdder()};
  private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
  private final Semaphore inFlight;
  private final List<Thread> callers = new ArrayList<>();
  /** The side whose window is open. */
  private volatile int current;
  private volatile boolean stopped;
  private volatile @Nullable Object last;

  private LoopbackChild(boolean async, int concurrency, String baseUrl) {
    this.async = async;
    this.concurrency = concurrency;
    this.sdkHttp = Clients.sizedFor(concurrency);
    this.baselineHttp = Clients.sizedFor(concurrency);
    this.limitHttp = Clients.sizedFor(concurrency);
    this.sdk = TrilletClient.builder()
        .apiKey(Clients.TRILLET_API_KEY)
        .workspaceId(Clients.TRILLET_WORKSPACE_ID)
        .baseUrl(baseUrl)
        .okHttpClient(sdkHttp)
        .build();
    this.baseline = new TrilletBaseline(baselineHttp, baseUrl, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    this.limit = new TrilletBaseline(limitHttp, baseUrl, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    this.inFlight = new Semaphore(concurrency);
  }

  /**
   * Runs the sides' windows and prints each measured one.
   *
   * @param args {@code sync} or {@code async}, callers or calls in flight, warm-up rounds, rounds,
   *     window in milliseconds
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    boolean async = switch (args[0]) {
      case "sync" -> false;
      case "async" -> true;
      default -> throw new IllegalArgumentException("mode must be sync or async: " + args[0]);
    };
    int concurrency = Integer.parseInt(args[1]);
    int warmUpRounds = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    long windowMillis = Long.parseLong(args[4]);
    // Three clients' connections at once, with room to spare.
    try (LoopbackServer server = new LoopbackServer(
        Payloads.resource(Payloads.TRILLET_LIST), 4 * SIDES.size() * Math.max(concurrency, 16))) {
      LoopbackChild child = new LoopbackChild(async, concurrency, server.baseUrl());
      try {
        for (int side = 0; side < SIDES.size(); side++) {
          int warming = side;
          Prewarm.run(() -> child.callAndWait(warming));
        }
        child.startCallers();
        for (int round = 0; round < warmUpRounds + rounds; round++) {
          for (int place = 0; place < SIDES.size(); place++) {
            int side = sideAt(round, place);
            double perSecond = child.window(side, windowMillis);
            if (round >= warmUpRounds) {
              System.out.printf(Locale.ROOT, "%s %.1f%n", SIDES.get(side), perSecond);
            }
          }
        }
        child.stop();
      } finally {
        child.close();
      }
    }
    System.out.flush();
    System.exit(0); // do not wait for OkHttp's idle threads
  }

  /**
   * Returns the side that runs at {@code place} in round {@code round}: the order rotates by one
   * each round.
   *
   * @param round the round, from 0
   * @param place the place in the round, from 0
   * @return an index into {@link #SIDES}
   */
  static int sideAt(int round, int place) {
    return (round + place) % SIDES.size();
  }

  /** Makes one call of {@code side} and waits for it, through the API the mode measures. */
  private void callAndWait(int side) throws Exception {
    if (async) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      inFlight.acquire();
      start(side, done);
      done.get(30, TimeUnit.SECONDS);
    } else {
      call(side);
    }
  }

  /** Starts the callers, which call whichever side's window is open. */
  private void startCallers() {
    int threads = async ? 1 : concurrency;
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(async ? this::keepCallsInFlight : this::callInTurn, "caller-" + i);
      thread.setDaemon(true);
      callers.add(thread);
    }
    callers.forEach(Thread::start);
  }

  /**
   * Opens {@code side}'s window for {@code millis} and returns its calls completed per second. A
   * call counts for the side it was started for, and only if it completes within that side's
   * window: the calls still in flight when a window closes finish in the next side's window and
   * count for neither. So every side loses its calls in flight once per window (at 64 in flight
   * and 50 ms windows, about 5% of a window's calls): all three lose about as many calls per
   * second, which widens a ratio's distance from 1 by that share (1.020 reads as 1.021).
   */
  private double window(int side, long millis) throws InterruptedException {
    current = side;
    long before = completed[side].sum();
    long opened = System.nanoTime();
    Thread.sleep(millis);
    long after = completed[side].sum();
    long closed = System.nanoTime();
    Throwable error = failure.get();
    if (error != null) {
      throw new IllegalStateException(SIDES.get(side) + ": a call failed", error);
    }
    return (after - before) / ((closed - opened) / 1e9);
  }

  /** A sync caller's loop. */
  private void callInTurn() {
    while (!stopped) {
      int side = current;
      try {
        call(side);
        completed[side].increment();
      } catch (Exception | Error e) {
        failure.compareAndSet(null, e);
        return;
      }
    }
  }

  /** The async driver's loop: starts a call whenever fewer than {@code concurrency} are in flight. */
  private void keepCallsInFlight() {
    while (!stopped) {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        return;
      }
      start(current, null);
    }
  }

  private void call(int side) throws IOException {
    last = switch (side) {
      case 0 -> sdk.activeCalls().list();
      case 1 -> baseline.list();
      default -> StreamingLimit.trilletList(limit);
    };
  }

  /**
   * Starts one asynchronous call of {@code side}, which frees its slot in {@link #inFlight} when it
   * completes, counts itself and completes {@code done}, if given.
   */
  private void start(int side, @Nullable CompletableFuture<Void> done) {
    switch (side) {
      case 0 -> sdk.async().activeCalls().list().whenComplete((ActiveCallList list, Throwable error) ->
          finished(side, list, error, done));
      case 1 -> baseline.newListCall().enqueue(reading(side, done));
      default -> limit.newListCall().enqueue(reading(side, done));
    }
  }

  private Callback reading(int side, @Nullable CompletableFuture<Void> done) {
    return new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        Object value = null;
        Throwable error = null;
        try (response) {
          value = side == 1 ? baseline.read(response) : StreamingLimit.readTrilletList(response);
        } catch (IOException | RuntimeException e) {
          error = e;
        }
        finished(side, value, error, done);
      }

      @Override
      public void onFailure(Call call, IOException e) {
        finished(side, null, e, done);
      }
    };
  }

  private void finished(int side, @Nullable Object value, @Nullable Throwable error,
      @Nullable CompletableFuture<Void> done) {
    if (error != null) {
      failure.compareAndSet(null, error);
    } else {
      last = value;
      completed[side].increment();
    }
    inFlight.release();
    if (done != null) {
      if (error != null) {
        done.completeExceptionally(error);
      } else {
        done.complete(null);
      }
    }
  }

  /** Stops the callers and waits for every call in flight. */
  private void stop() throws InterruptedException {
    stopped = true;
    for (Thread caller : callers) {
      if (async) {
        caller.interrupt(); // the driver may be waiting for a slot; a sync caller finishes its call
      }
      caller.join(TimeUnit.SECONDS.toMillis(30));
    }
    if (!inFlight.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("calls still in flight after 30 s");
    }
  }

  private void close() {
    sdk.close();
    Clients.shutdown(sdkHttp);
    Clients.shutdown(baselineHttp);
    Clients.shutdown(limitHttp);
  }
}
