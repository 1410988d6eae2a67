package dev.activecalls.benchmarks;

import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Loopback throughput of asynchronous calls, closed loop: one JMH thread keeps {@code
 * concurrency} calls in flight (a semaphore holds one permit per call) against a {@link
 * LoopbackServer} answering seed 000's payload. SDK: {@code listAsync()}; baseline: {@code
 * Call.enqueue} with a callback that decodes. Both run on OkHttp dispatchers sized identically
 * ({@link Clients#sizedFor}), so the SDK uses no more threads than the baseline: the dispatcher's,
 * at most {@code concurrency} of them. One op is one call started; in steady state that is one call
 * completed. Each trial starts with {@link Prewarm} on the side it measures, one call at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
@Threads(1)
public class LoopbackAsyncBenchmark {
  /** How many calls are kept in flight. */
  @Param({"1", "16", "64"})
  public int concurrency;

  private LoopbackServer server;
  private OkHttpClient sdkHttp;
  private OkHttpClient baselineHttp;
  private TrilletClient sdk;
  private TrilletBaseline baseline;
  private Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile Object last;
  private BiConsumer<ActiveCallList, Throwable> sdkDone;
  private Callback baselineDone;
  private Callback limitDone;

  /**
   * Starts the server, builds both clients and pre-warms the side being measured.
   *
   * @param params which benchmark is about to run
   * @throws Exception if the server cannot start or a warm-up call fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4 * Math.max(concurrency, 16));
    sdkHttp = Clients.sizedFor(concurrency);
    baselineHttp = Clients.sizedFor(concurrency);
    sdk = TrilletClient.builder()
        .apiKey(Clients.TRILLET_API_KEY)
        .workspaceId(Clients.TRILLET_WORKSPACE_ID)
        .baseUrl(server.baseUrl())
        .okHttpClient(sdkHttp)
        .build();
    baseline = new TrilletBaseline(
        baselineHttp, server.baseUrl(), Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    inFlight = new Semaphore(concurrency);
    sdkDone = (list, error) -> {
      if (error != null) {
        failure.compareAndSet(null, error);
      } else {
        last = list;
      }
      inFlight.release();
    };
    baselineDone = reading(response -> baseline.read(response));
    limitDone = reading(StreamingLimit::readTrilletList);
    // One call at a time while warming: every permit but one is held meanwhile.
    inFlight.acquire(concurrency - 1);
    Prewarm.run(switch (Prewarm.side(params)) {
      case "sdk" -> this::sdk;
      case "limit" -> this::limit;
      default -> this::baseline;
    });
    inFlight.acquire();
    inFlight.release(concurrency);
    drain();
  }

  /** Reads one response body into a value, or fails. */
  private interface BodyReader {
    Object read(Response response) throws IOException;
  }

  /** Returns a callback that reads each answer with {@code reader} and frees its slot. */
  private Callback reading(BodyReader reader) {
    return new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          last = reader.read(response);
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          inFlight.release();
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        failure.compareAndSet(null, e);
        inFlight.release();
      }
    };
  }

  /**
   * Waits for the calls still in flight and fails the run if any call failed.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  @TearDown(Level.Iteration)
  public void drain() throws InterruptedException {
    if (!inFlight.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("calls still in flight after 30 s");
    }
    inFlight.release(concurrency);
    Throwable error = failure.get();
    if (error != null) {
      throw new IllegalStateException("a call failed", error);
    }
  }

  /**
   * Stops the server and releases both clients.
   *
   * @throws IOException if the server fails to close
   */
  @TearDown
  public void tearDown() throws IOException {
    sdk.close();
    Clients.shutdown(sdkHttp);
    Clients.shutdown(baselineHttp);
    server.close();
  }

  /**
   * Starts one SDK call once fewer than {@code concurrency} are in flight.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void sdk() throws InterruptedException {
    inFlight.acquire();
    sdk.async().activeCalls().list().whenComplete(sdkDone);
  }

  /**
   * Starts one hand-written call once fewer than {@code concurrency} are in flight.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void baseline() throws InterruptedException {
    inFlight.acquire();
    baseline.newListCall().enqueue(baselineDone);
  }

  /**
   * Starts one call of the limit (plain OkHttp {@code enqueue}, the SDK's streaming decoder) once
   * fewer than {@code concurrency} are in flight.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void limit() throws InterruptedException {
    inFlight.acquire();
    baseline.newListCall().enqueue(limitDone);
  }
}
