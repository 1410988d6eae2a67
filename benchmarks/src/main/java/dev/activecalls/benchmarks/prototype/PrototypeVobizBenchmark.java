package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.CannedResponseInterceptor;
import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.benchmarks.VobizBaseline;
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
 * {@code vobiz.liveCalls().get(uuid)} four ways: the SDK as released, the SDK's pipeline with the
 * proposed decoding ({@code prototype}: {@link PrototypeJson} and {@link VobizLiveCallDecoder}), the
 * same without the default 60 s call timeout ({@code prototypeNoCallTimeout}), and the baseline.
 * Not part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrototypeVobizBenchmark {
  /** {@code legacy} or {@code current}. */
  @Param({"legacy", "current"})
  public String shape;

  private VobizClient sdk;
  private PrototypeClients<PrototypeClients.VobizGet> prototype;
  private PrototypeClients<PrototypeClients.VobizGet> prototypeNoCallTimeout;
  private OkHttpClient baselineHttp;
  private VobizBaseline baseline;
  private boolean legacy;

  /** Builds the three clients over the chosen payload. */
  @Setup
  public void setUp() {
    legacy = "legacy".equals(shape);
    byte[] body = Payloads.resource(legacy ? Payloads.VOBIZ_LEGACY : Payloads.VOBIZ_CURRENT);
    sdk = Clients.vobiz(new CannedResponseInterceptor(body));
    prototype = PrototypeClients.vobiz(new CannedResponseInterceptor(body), true);
    prototypeNoCallTimeout = PrototypeClients.vobiz(new CannedResponseInterceptor(body), false);
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new VobizBaseline(
        baselineHttp, VobizClient.DEFAULT_BASE_URL, Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN);
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    sdk.close();
    prototype.close();
    prototypeNoCallTimeout.close();
    Clients.shutdown(baselineHttp);
  }

  /**
   * The SDK as released.
   *
   * @return the call
   */
  @Benchmark
  public LiveCall sdk() {
    return sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The SDK's pipeline with the proposed decoding.
   *
   * @return the call
   */
  @Benchmark
  public LiveCall prototype() {
    return prototype.call().get(Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The SDK's pipeline with the proposed decoding and no default call timeout.
   *
   * @return the call
   */
  @Benchmark
  public LiveCall prototypeNoCallTimeout() {
    return prototypeNoCallTimeout.call().get(Payloads.VOBIZ_CALL_UUID);
  }

  /**
   * The hand-written call.
   *
   * @return the call
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Object baseline() throws IOException {
    return legacy
        ? baseline.getLegacy(Payloads.VOBIZ_CALL_UUID)
        : baseline.getCurrent(Payloads.VOBIZ_CALL_UUID);
  }
}
