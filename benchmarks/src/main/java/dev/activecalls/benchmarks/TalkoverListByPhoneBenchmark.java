package dev.activecalls.benchmarks;

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
 * Per-call overhead of {@code talkover.activeCalls().listByPhone(agentId, "+15551234567")} on seed
 * 004's payload, through a {@link CannedResponseInterceptor}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TalkoverListByPhoneBenchmark {
  private TalkoverClient sdk;
  private OkHttpClient baselineHttp;
  private TalkoverBaseline baseline;

  /** Builds both clients over the same canned payload. */
  @Setup
  public void setUp() {
    byte[] body = Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL);
    sdk = Clients.talkover(new CannedResponseInterceptor(body));
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    baseline = new TalkoverBaseline(baselineHttp, TalkoverClient.DEFAULT_BASE_URL, Clients.TALKOVER_API_TOKEN);
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
   * @return the calls
   */
  @Benchmark
  public List<ActiveCall> sdk() {
    return sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
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

  /**
   * The limit: the same request on plain OkHttp, the SDK's streaming decoder.
   *
   * @return the calls
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public List<ActiveCall> limit() throws IOException {
    return StreamingLimit.talkoverListByPhone(baseline, baselineHttp, Payloads.TALKOVER_AGENT_ID,
        Payloads.TALKOVER_PHONE);
  }

  /**
   * The peer: the same request, Jackson databind into the baseline's records.
   *
   * @return the calls
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public List<TalkoverBaseline.ActiveCall> jackson() throws IOException {
    return JacksonPeer.talkoverListByPhone(baseline, baselineHttp, Payloads.TALKOVER_AGENT_ID,
        Payloads.TALKOVER_PHONE);
  }
}
