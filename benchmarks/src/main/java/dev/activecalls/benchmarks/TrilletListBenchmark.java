package dev.activecalls.benchmarks;

import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead of {@code trillet.activeCalls().list()} on seed 000's payload, with the
 * network replaced by a {@link CannedResponseInterceptor}: the time and allocation of our code
 * (request building, retry wrapper, error checks, decoding into the public records) against the
 * same call written by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrilletListBenchmark {
  /** The whole-call timeout both sides arm in the {@code ...WithCallTimeout} pair. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private TrilletClient sdk;
  private TrilletClient sdkWithCallTimeout;
  private OkHttpClient baselineHttp;
  private OkHttpClient baselineHttpWithCallTimeout;
  private TrilletBaseline baseline;
  private TrilletBaseline baselineWithCallTimeout;

  /** Builds both clients over the same canned payload. */
  @Setup
  public void setUp() {
    byte[] body = Payloads.resource(Payloads.TRILLET_LIST);
    sdk = Clients.trillet(new CannedResponseInterceptor(body));
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new TrilletBaseline(
        baselineHttp, TrilletClient.DEFAULT_BASE_URL, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
    sdkWithCallTimeout = Clients.trilletBuilder(new CannedResponseInterceptor(body)).callTimeout(CALL_TIMEOUT).build();
    baselineHttpWithCallTimeout = baselineHttp.newBuilder().callTimeout(CALL_TIMEOUT).build();
    baselineWithCallTimeout = new TrilletBaseline(baselineHttpWithCallTimeout, TrilletClient.DEFAULT_BASE_URL,
        Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    sdk.close();
    sdkWithCallTimeout.close();
    Clients.shutdown(baselineHttp); // also baselineHttpWithCallTimeout's: they share threads and pool
  }

  /**
   * The SDK call.
   *
   * @return the decoded list
   */
  @Benchmark
  public ActiveCallList sdk() {
    return sdk.activeCalls().list();
  }

  /**
   * The hand-written call.
   *
   * @return the decoded list
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public TrilletBaseline.CallList baseline() throws IOException {
    return baseline.list();
  }

  /**
   * The SDK call with a 60 s whole-call timeout set on the builder (not the default).
   *
   * @return the decoded list
   */
  @Benchmark
  public ActiveCallList sdkWithCallTimeout() {
    return sdkWithCallTimeout.activeCalls().list();
  }

  /**
   * The hand-written call on an OkHttpClient with the same 60 s call timeout.
   *
   * @return the decoded list
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public TrilletBaseline.CallList baselineWithCallTimeout() throws IOException {
    return baselineWithCallTimeout.list();
  }

  /**
   * The limit: the same request on plain OkHttp, the SDK's streaming decoder.
   *
   * @return the decoded list
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public ActiveCallList limit() throws IOException {
    return StreamingLimit.trilletList(baseline);
  }

  /**
   * The peer: the same request, Jackson databind into the baseline's records.
   *
   * @return the decoded list
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public TrilletBaseline.CallList jackson() throws IOException {
    return JacksonPeer.trilletList(baseline);
  }
}
