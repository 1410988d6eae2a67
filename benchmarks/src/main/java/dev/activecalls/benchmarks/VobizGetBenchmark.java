package dev.activecalls.benchmarks;

import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.VobizClient;
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
 * Per-call overhead of {@code vobiz.liveCalls().get(uuid)} through a {@link
 * CannedResponseInterceptor}, on the legacy shape (seed 003) and the current flat shape. The
 * baseline decodes the one shape it is written for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VobizGetBenchmark {
  /** Which response shape is served: {@code legacy} or {@code current}. */
  @Param({"legacy", "current"})
  public String shape;

  private VobizClient sdk;
  private OkHttpClient baselineHttp;
  private VobizBaseline baseline;
  private boolean legacy;

  /** Builds both clients over the chosen payload. */
  @Setup
  public void setUp() {
    legacy = switch (shape) {
      case "legacy" -> true;
      case "current" -> false;
      default -> throw new IllegalArgumentException("shape must be legacy or current, was " + shape);
    };
    byte[] body = Payloads.resource(legacy ? Payloads.VOBIZ_LEGACY : Payloads.VOBIZ_CURRENT);
    sdk = Clients.vobiz(new CannedResponseInterceptor(body));
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new VobizBaseline(
        baselineHttp, VobizClient.DEFAULT_BASE_URL, Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN);
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
   * @return the live call
   */
  @Benchmark
  public LiveCall sdk() {
    return sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The hand-written call for the served shape.
   *
   * @return the decoded call
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Object baseline() throws IOException {
    return legacy
        ? baseline.getLegacy(Payloads.VOBIZ_CALL_UUID)
        : baseline.getCurrent(Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The limit: the same request on plain OkHttp, the SDK's streaming decoder (either shape).
   *
   * @return the decoded call
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public LiveCall limit() throws IOException {
    return StreamingLimit.vobizGet(baseline, baselineHttp, Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The peer: the same request, Jackson databind into the baseline's record for the served shape.
   *
   * @return the decoded call
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Object jackson() throws IOException {
    return legacy
        ? JacksonPeer.vobizLegacy(baseline, baselineHttp, Payloads.VOBIZ_CALL_UUID)
        : JacksonPeer.vobizCurrent(baseline, baselineHttp, Payloads.VOBIZ_CALL_UUID);
  }
}
