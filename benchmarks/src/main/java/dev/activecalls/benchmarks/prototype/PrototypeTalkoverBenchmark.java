package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.CannedResponseInterceptor;
import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.benchmarks.TalkoverBaseline;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.TalkoverClient;
import java.io.IOException;
import java.util.List;
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
 * {@code talkover.activeCalls().listByPhone(agentId, phone)} four ways: the SDK as released, the
 * SDK's pipeline with the proposed decoding ({@code prototype}: {@link PrototypeJson} and {@link
 * TalkoverCallsDecoder}), the same without the default 60 s call timeout ({@code
 * prototypeNoCallTimeout}), and the baseline. Not part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrototypeTalkoverBenchmark {
  private TalkoverClient sdk;
  private PrototypeClients<PrototypeClients.TalkoverList> prototype;
  private PrototypeClients<PrototypeClients.TalkoverList> prototypeNoCallTimeout;
  private OkHttpClient baselineHttp;
  private TalkoverBaseline baseline;

  /** Builds the three clients over seed 004's payload. */
  @Setup
  public void setUp() {
    byte[] body = Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL);
    sdk = Clients.talkover(new CannedResponseInterceptor(body));
    prototype = PrototypeClients.talkover(new CannedResponseInterceptor(body), true);
    prototypeNoCallTimeout = PrototypeClients.talkover(new CannedResponseInterceptor(body), false);
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new TalkoverBaseline(baselineHttp, TalkoverClient.DEFAULT_BASE_URL, Clients.TALKOVER_API_TOKEN);
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
   * @return the calls
   */
  @Benchmark
  public List<ActiveCall> sdk() {
    return sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
  }

  /**
   * The SDK's pipeline with the proposed decoding.
   *
   * @return the calls
   */
  @Benchmark
  public List<ActiveCall> prototype() {
    return prototype.call().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
  }

  /**
   * The SDK's pipeline with the proposed decoding and no default call timeout.
   *
   * @return the calls
   */
  @Benchmark
  public List<ActiveCall> prototypeNoCallTimeout() {
    return prototypeNoCallTimeout.call().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
  }

  /**
   * The hand-written call.
   *
   * @return the calls
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public List<TalkoverBaseline.ActiveCall> baseline() throws IOException {
    return baseline.listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
  }
}
