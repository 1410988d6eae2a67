package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonReader;
import dev.activecalls.benchmarks.CannedResponseInterceptor;
import dev.activecalls.benchmarks.Clients;
import dev.activecalls.benchmarks.Payloads;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.trillet.TrilletClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
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
 * The fixed cost of the SDK's {@code HttpPipeline.execute} apart from decoding: the Trillet list
 * request through the real pipeline with a decoder that only skips the JSON ({@code sdk}), against
 * a raw OkHttp call that skips it too ({@code baseline}, URL prebuilt), and that call with one of
 * the pipeline's habits added, to attribute the difference: the URL built from path segments on
 * every call ({@code baselineUrlPerCall}), the {@code User-Agent} and {@code Accept} headers
 * ({@code baselineSdkHeaders}), the body read into a buffer and copied before decoding ({@code
 * baselineBuffered}), a 60 s call timeout ({@code baselineCallTimeout}), and all four ({@code
 * baselineAllFour}). Not part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineOverheadBenchmark {
  private static final String[] SEGMENTS = {"v2", "api", "active-calls"};
  private static final String USER_AGENT =
      "activecalls-java/0.1.0-SNAPSHOT trillet Java/" + Runtime.version();

  private PrototypeClients<PrototypeClients.TrilletList> sdk;
  private ApiRequest<Boolean> skipRequest;
  private OkHttpClient baselineHttp;
  private OkHttpClient callTimeoutHttp;
  private HttpUrl base;
  private HttpUrl listUrl;

  /** Builds the pipeline and the raw client over seed 000's payload. */
  @Setup
  public void setUp() {
    byte[] body = Payloads.resource(Payloads.TRILLET_LIST);
    sdk = PrototypeClients.trillet(new CannedResponseInterceptor(body), true);
    skipRequest = ApiRequest.get(reader -> {
      reader.skipValue();
      return Boolean.TRUE;
    }, SEGMENTS);
    baselineHttp = Clients.okHttp(new CannedResponseInterceptor(body));
    callTimeoutHttp = baselineHttp.newBuilder().callTimeout(Duration.ofSeconds(60)).build();
    base = HttpUrl.get(TrilletClient.DEFAULT_BASE_URL);
    listUrl = base.newBuilder().addPathSegments("v2/api/active-calls").build();
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    sdk.close();
    Clients.shutdown(baselineHttp);
  }

  /**
   * The SDK pipeline, decoding nothing.
   *
   * @return true
   */
  @Benchmark
  public Boolean sdk() {
    return sdk.pipeline().execute(skipRequest, RequestOptions.none()).body();
  }

  /**
   * Raw OkHttp with a prebuilt URL, decoding nothing.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baseline() throws IOException {
    return skip(listUrl);
  }

  /**
   * Raw OkHttp building the URL from segments per call, decoding nothing.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baselineUrlPerCall() throws IOException {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : SEGMENTS) {
      url.addEncodedPathSegment(segment);
    }
    return skip(url.build());
  }

  /**
   * Raw OkHttp adding the SDK's two extra request headers.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baselineSdkHeaders() throws IOException {
    return skip(baselineHttp, listUrl, true, false);
  }

  /**
   * Raw OkHttp reading the body into a buffer and decoding a copy, as the pipeline does.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baselineBuffered() throws IOException {
    return skip(baselineHttp, listUrl, false, true);
  }

  /**
   * Raw OkHttp with the SDK's default 60 s call timeout.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baselineCallTimeout() throws IOException {
    return skip(callTimeoutHttp, listUrl, false, false);
  }

  /**
   * Raw OkHttp with all four habits.
   *
   * @return true
   * @throws IOException never with the canned 200
   */
  @Benchmark
  public Boolean baselineAllFour() throws IOException {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : SEGMENTS) {
      url.addEncodedPathSegment(segment);
    }
    return skip(callTimeoutHttp, url.build(), true, true);
  }

  private Boolean skip(HttpUrl url) throws IOException {
    return skip(baselineHttp, url, false, false);
  }

  private Boolean skip(OkHttpClient http, HttpUrl url, boolean sdkHeaders, boolean buffered) throws IOException {
    Request.Builder builder = new Request.Builder()
        .url(url)
        .header("x-api-key", Clients.TRILLET_API_KEY)
        .header("x-workspace-id", Clients.TRILLET_WORKSPACE_ID);
    if (sdkHeaders) {
      builder.header("User-Agent", USER_AGENT).header("Accept", "application/json");
    }
    try (Response response = http.newCall(builder.build()).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      if (buffered) {
        Buffer content = new Buffer();
        content.writeAll(response.body().source());
        JsonReader reader = JsonReader.of(content.copy());
        reader.setLenient(true);
        reader.skipValue();
      } else {
        JsonReader.of(response.body().source()).skipValue();
      }
      return Boolean.TRUE;
    }
  }
}
