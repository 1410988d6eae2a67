package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.LoopbackServer;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.benchmarks.Prewarm;
import dev.activecalls.benchmarks.TrilletBaseline;
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
 * {@code LoopbackAsyncBenchmark} at 16 and 64 calls in flight with a third contender: the SDK's
 * pipeline with the proposed decoding ({@code prototype}). Same closed loop, same dispatcher
 * sizing. Not part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
@Threads(1)
public class PrototypeLoopbackAsyncBenchmark {
  /** How many calls are kept in flight. */
  @Param({"16", "64"})
  public int concurrency;

  private LoopbackServer server;
  private OkHttpClient sdkHttp;
  private OkHttpClient prototypeHttp;
  private OkHttpClient baselineHttp;
  private TrilletClient sdk;
  private PrototypeClients<PrototypeClients.TrilletList> prototype;
  private TrilletBaseline baseline;
  private Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile Object last;
  private BiConsumer<ActiveCallList, Throwable> done;
  private Callback baselineDone;

  /**
   * Starts the server, builds the three clients and pre-warms the side being measured.
   *
   * @param params which benchmark is about to run
   * @throws Exception if the server cannot start or a warm-up call fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4 * concurrency);
    sdkHttp = Clients.sizedFor(concurrency);
    prototypeHttp = Clients.sizedFor(concurrency);
    baselineHttp = Clients.sizedFor(concurrency);
    sdk = TrilletClient.builder()
        .apiKey(Clients.TRILLET_API_KEY)
        .workspaceId(Clients.TRILLET_WORKSPACE_ID)
        .baseUrl(server.baseUrl())
        .okHttpClient(sdkHttp)
        .build();
    prototype = PrototypeClients.trillet(server.baseUrl(), prototypeHttp);
    baseline = new TrilletBaseline(
        baselineHttp, server.baseUrl(), Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    inFlight = new Semaphore(concurrency);
    done = (list, error) -> {
      if (error != null) {
        failure.compareAndSet(null, error);
      } else {
        last = list;
      }
      inFlight.release();
    };
    baselineDone = new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          last = baseline.read(response);
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
    // One call at a time while warming: every permit but one is held meanwhile.
    inFlight.acquire(concurrency - 1);
    switch (Prewarm.side(params)) {
      case "sdk" -> Prewarm.run(this::sdk);
      case "prototype" -> Prewarm.run(this::prototype);
      default -> Prewarm.run(this::baseline);
    }
    inFlight.acquire();
    inFlight.release(concurrency);
    drain();
  }

  /**
   * Waits for the calls in flight and fails the run if any call failed.
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
   * Stops the server and releases the clients.
   *
   * @throws IOException if the server fails to close
   */
  @TearDown
  public void tearDown() throws IOException {
    sdk.close();
    prototype.close();
    Clients.shutdown(sdkHttp);
    Clients.shutdown(prototypeHttp);
    Clients.shutdown(baselineHttp);
    server.close();
  }

  /**
   * Starts one SDK call.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void sdk() throws InterruptedException {
    inFlight.acquire();
    sdk.activeCalls().listAsync().whenComplete(done);
  }

  /**
   * Starts one prototype call.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void prototype() throws InterruptedException {
    inFlight.acquire();
    prototype.call().listAsync().whenComplete(done);
  }

  /**
   * Starts one hand-written call.
   *
   * @throws InterruptedException if interrupted while waiting for a slot
   */
  @Benchmark
  public void baseline() throws InterruptedException {
    inFlight.acquire();
    baseline.newListCall().enqueue(baselineDone);
  }
}
