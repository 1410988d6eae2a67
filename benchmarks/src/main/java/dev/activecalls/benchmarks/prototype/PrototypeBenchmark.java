package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.CannedResponseInterceptor;
import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.LargeListBenchmark;
import dev.activecalls.benchmarks.Payloads;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Trillet list call four ways on the same canned payload: the SDK as released ({@code sdk}),
 * the SDK's pipeline with the proposed decoding ({@code prototype}: {@link PrototypeJson} and
 * {@link TrilletListDecoder}), the same without the SDK's default 60 s call timeout ({@code
 * prototypeNoCallTimeout}), and the hand-written baseline. {@code calls = 1} is seed 000's
 * payload; larger values are {@link Payloads#trilletList} lists. Not part of {@code run.sh}: run
 * it with {@code java -jar target/benchmarks.jar PrototypeBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrototypeBenchmark {
  /** 1 for seed 000, else the size of a generated list. */
  @Param({"1", "1000", "10000"})
  public int calls;

  private TrilletClient sdk;
  private PrototypeClients<PrototypeClients.TrilletList> prototype;
  private PrototypeClients<PrototypeClients.TrilletList> prototypeNoCallTimeout;
  private OkHttpClient baselineHttp;
  private TrilletBaseline baseline;

  /** Builds the three clients over the same payload. */
  @Setup
  public void setUp() {
    byte[] body = calls == 1
        ? Payloads.resource(Payloads.TRILLET_LIST)
        : Payloads.trilletList(calls, LargeListBenchmark.SEED);
    sdk = Clients.trillet(new CannedResponseInterceptor(body));
    prototype = PrototypeClients.trillet(new CannedResponseInterceptor(body), true);
    prototypeNoCallTimeout = PrototypeClients.trillet(new CannedResponseInterceptor(body), false);
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new TrilletBaseline(
        baselineHttp, TrilletClient.DEFAULT_BASE_URL, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
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
   * @return the list
   */
  @Benchmark
  public ActiveCallList sdk() {
    return sdk.activeCalls().list();
  }

  /**
   * The SDK's pipeline with the proposed decoding.
   *
   * @return the list
   */
  @Benchmark
  public ActiveCallList prototype() {
    return prototype.call().list();
  }

  /**
   * The SDK's pipeline with the proposed decoding and no default call timeout.
   *
   * @return the list
   */
  @Benchmark
  public ActiveCallList prototypeNoCallTimeout() {
    return prototypeNoCallTimeout.call().list();
  }

  /**
   * The hand-written call.
   *
   * @return the list
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public TrilletBaseline.CallList baseline() throws IOException {
    return baseline.list();
  }
}
