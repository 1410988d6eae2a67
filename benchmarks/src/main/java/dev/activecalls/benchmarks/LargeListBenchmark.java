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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a large Trillet list: {@code size} generated calls ({@link Payloads#trilletList}, fixed
 * seed) served through a {@link CannedResponseInterceptor}, so the SDK and the baseline pay the
 * same HTTP-shaped path and the difference is decoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LargeListBenchmark {
  /** The random seed of the generated payload. */
  public static final long SEED = 20240601L;

  /** How many calls the list holds. */
  @Param({"1000", "10000"})
  public int size;

  private TrilletClient sdk;
  private OkHttpClient baselineHttp;
  private TrilletBaseline baseline;

  /** Generates the payload and builds both clients over it. */
  @Setup
  public void setUp() {
    byte[] body = Payloads.trilletList(size, SEED);
    sdk = Clients.trillet(new CannedResponseInterceptor(body));
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new TrilletBaseline(
        baselineHttp, TrilletClient.DEFAULT_BASE_URL, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    sdk.close();
    Clients.shutdown(baselineHttp);
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
