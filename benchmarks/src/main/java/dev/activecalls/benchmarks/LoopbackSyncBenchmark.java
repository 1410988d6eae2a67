package dev.activecalls.benchmarks;

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
 * Loopback throughput of blocking calls: 1, 16 and 64 caller threads (JMH threads) each calling
 * {@code list()} against a {@link LoopbackServer} answering seed 000's payload. The SDK gets an
 * OkHttpClient identical to the baseline's ({@link Clients#sizedFor}, 64 pooled connections), so
 * both open the same connections; blocking calls use no dispatcher threads. Each trial starts with
 * {@link Prewarm} on the side it measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class LoopbackSyncBenchmark {
  /** The most callers of any method here. */
  static final int MAX_CALLERS = 64;

  private LoopbackServer server;
  private OkHttpClient sdkHttp;
  private OkHttpClient baselineHttp;
  private TrilletClient sdk;
  private TrilletBaseline baseline;

  /**
   * Starts the server, builds both clients and pre-warms the side being measured.
   *
   * @param params which benchmark is about to run
   * @throws Exception if the server cannot start or a warm-up call fails
   */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4 * MAX_CALLERS);
    sdkHttp = Clients.sizedFor(MAX_CALLERS);
    baselineHttp = Clients.sizedFor(MAX_CALLERS);
    sdk = TrilletClient.builder()
        .apiKey(Clients.TRILLET_API_KEY)
        .workspaceId(Clients.TRILLET_WORKSPACE_ID)
        .baseUrl(server.baseUrl())
        .okHttpClient(sdkHttp)
        .build();
    baseline = new TrilletBaseline(
        baselineHttp, server.baseUrl(), Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    switch (Prewarm.side(params)) {
      case "sdk" -> Prewarm.run(() -> sdk.activeCalls().list());
      case "limit" -> Prewarm.run(() -> StreamingLimit.trilletList(baseline));
      default -> Prewarm.run(() -> baseline.list());
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
   * SDK, one caller.
   *
   * @return the list
   */
  @Benchmark
  @Threads(1)
  public ActiveCallList sdkCallers1() {
    return sdk.activeCalls().list();
  }

  /**
   * Baseline, one caller.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(1)
  public TrilletBaseline.CallList baselineCallers1() throws IOException {
    return baseline.list();
  }

  /**
   * The limit (plain OkHttp, the SDK's streaming decoder), one caller.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(1)
  public ActiveCallList limitCallers1() throws IOException {
    return StreamingLimit.trilletList(baseline);
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
   * The limit (plain OkHttp, the SDK's streaming decoder), 16 callers.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(16)
  public ActiveCallList limitCallers16() throws IOException {
    return StreamingLimit.trilletList(baseline);
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

  /**
   * The limit (plain OkHttp, the SDK's streaming decoder), 64 callers.
   *
   * @return the list
   * @throws IOException if the call fails
   */
  @Benchmark
  @Threads(MAX_CALLERS)
  public ActiveCallList limitCallers64() throws IOException {
    return StreamingLimit.trilletList(baseline);
  }
}
