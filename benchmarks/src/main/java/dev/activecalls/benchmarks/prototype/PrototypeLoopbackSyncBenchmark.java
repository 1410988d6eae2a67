package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.LoopbackServer;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.benchmarks.Prewarm;
import dev.activecalls.benchmarks.TrilletBaseline;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code LoopbackSyncBenchmark} at 16 and 64 callers with a third contender: the SDK's pipeline
 * with the proposed decoding ({@code prototype}), on an OkHttpClient identical to the others'. Not
 * part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class PrototypeLoopbackSyncBenchmark {
  private static final int MAX_CALLERS = 64;

  private LoopbackServer server;
  private OkHttpClient sdkHttp;
  private OkHttpClient prototypeHttp;
  private OkHttpClient baselineHttp;
  private TrilletClient sdk;
  private PrototypeClients<PrototypeClients.TrilletList> prototype;
  private TrilletBaseline baseline;

  /**
   * Starts the server, builds the three clients and pre-warms the side being measured.
   *
   * @param params which benchmark is about to run
   * @throws Exception if the server cannot start or a warm-up call fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4 * MAX_CALLERS);
    sdkHttp = Clients.sizedFor(MAX_CALLERS);
    prototypeHttp = Clients.sizedFor(MAX_CALLERS);
    baselineHttp = Clients.sizedFor(MAX_CALLERS);
    sdk = TrilletClient.builder()
        .apiKey(Clients.TRILLET_API_KEY)
        .workspaceId(Clients.TRILLET_WORKSPACE_ID)
        .baseUrl(server.baseUrl())
        .okHttpClient(sdkHttp)
        .build();
    prototype = PrototypeClients.trillet(server.baseUrl(), prototypeHttp);
    baseline = new TrilletBaseline(
        baselineHttp, server.baseUrl(), Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    switch (Prewarm.side(params)) {
      case "sdk" -> Prewarm.run(() -> sdk.activeCalls().list());
      case "prototype" -> Prewarm.run(() -> prototype.call().list());
      default -> Prewarm.run(() -> baseline.list());
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
   * SDK, 16 callers.
   *
   * @return the list
   */
  @Benchmark
  @Threads(16)
  public ActiveCallList sdkCallers16() {
    return sdk.activeCalls().list();
  }

  /**
   * Prototype, 16 callers.
   *
   * @return the list
   */
  @Benchmark
  @Threads(16)
  public ActiveCallList prototypeCallers16() {
    return prototype.call().list();
  }

  /**
   * Baseline, 16 callers.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(16)
  public TrilletBaseline.CallList baselineCallers16() throws IOException {
    return baseline.list();
  }

  /**
   * SDK, 64 callers.
   *
   * @return the list
   */
  @Benchmark
  @Threads(MAX_CALLERS)
  public ActiveCallList sdkCallers64() {
    return sdk.activeCalls().list();
  }

  /**
   * Prototype, 64 callers.
   *
   * @return the list
   */
  @Benchmark
  @Threads(MAX_CALLERS)
  public ActiveCallList prototypeCallers64() {
    return prototype.call().list();
  }

  /**
   * Baseline, 64 callers.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(MAX_CALLERS)
  public TrilletBaseline.CallList baselineCallers64() throws IOException {
    return baseline.list();
  }
}
