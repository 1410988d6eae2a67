package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.activecalls.benchmarks.TrilletBaseline;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.Json;
import dev.activecalls.trillet.Sentiment;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost per value of the SDK's JSON adapters against the proposed ones ({@link PrototypeJson}) and
 * against what the baseline uses: a Trillet timestamp, a zone-less Vobiz timestamp, a duration in
 * seconds and a sentiment. Each op reads one array of {@value #VALUES} values, reported per value.
 * Not part of {@code run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComponentsBenchmark {
  static final int VALUES = 64;

  private byte[] isoTimestamps;
  private byte[] zonelessTimestamps;
  private byte[] durations;
  private byte[] sentiments;
  private JsonAdapter<Instant> sdkInstant;
  private JsonAdapter<Instant> proposedInstant;
  private JsonAdapter<Duration> sdkDuration;
  private JsonAdapter<Duration> proposedDuration;
  private JsonAdapter<OpenEnum<Sentiment>> sdkSentiment;
  private JsonAdapter<OpenEnum<Sentiment>> proposedSentiment;
  private JsonAdapter<TrilletBaseline.Sentiment> baselineSentiment;

  /** Builds the arrays and the adapters. */
  @Setup
  public void setUp() {
    isoTimestamps = array(i -> "\"2024-06-01T10:" + two(i % 60) + ":" + two((i * 7) % 60) + ".000Z\"");
    zonelessTimestamps = array(i -> "\"2026-06-11 16:" + two(i % 60) + ":" + two((i * 7) % 60) + ".586839\"");
    durations = array(i -> Integer.toString(i * 37));
    String[] names = {"\"positive\"", "\"neutral\"", "\"negative\""};
    sentiments = array(i -> names[i % 3]);
    Moshi sdk = Json.moshi();
    Moshi proposed = PrototypeJson.moshi(ZoneOffset.UTC);
    Type sentiment = Types.newParameterizedType(OpenEnum.class, Sentiment.class);
    sdkInstant = sdk.adapter(Instant.class);
    proposedInstant = proposed.adapter(Instant.class);
    sdkDuration = sdk.adapter(Duration.class);
    proposedDuration = proposed.adapter(Duration.class);
    sdkSentiment = sdk.adapter(sentiment);
    proposedSentiment = proposed.adapter(sentiment);
    baselineSentiment = TrilletBaseline.MOSHI.adapter(TrilletBaseline.Sentiment.class);
  }

  /** Writes {@value #VALUES} JSON values into one array. */
  private static byte[] array(java.util.function.IntFunction<String> value) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < VALUES; i++) {
      json.append(i == 0 ? "" : ",").append(value.apply(i));
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static void read(byte[] json, JsonAdapter<?> adapter, Blackhole sink) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    reader.beginArray();
    while (reader.hasNext()) {
      sink.consume(adapter.fromJson(reader));
    }
    reader.endArray();
  }

  /**
   * SDK: {@code 2024-06-01T10:00:00.000Z}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void sdkIsoTimestamp(Blackhole sink) throws IOException {
    read(isoTimestamps, sdkInstant, sink);
  }

  /**
   * Proposed: {@code 2024-06-01T10:00:00.000Z}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void proposedIsoTimestamp(Blackhole sink) throws IOException {
    read(isoTimestamps, proposedInstant, sink);
  }

  /**
   * Baseline ({@link Instant#parse}): {@code 2024-06-01T10:00:00.000Z}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void baselineIsoTimestamp(Blackhole sink) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(isoTimestamps));
    reader.beginArray();
    while (reader.hasNext()) {
      sink.consume(Instant.parse(reader.nextString()));
    }
    reader.endArray();
  }

  /**
   * SDK: {@code 2026-06-11 16:03:28.586839} (no zone, as Vobiz sends).
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void sdkZonelessTimestamp(Blackhole sink) throws IOException {
    read(zonelessTimestamps, sdkInstant, sink);
  }

  /**
   * Proposed: {@code 2026-06-11 16:03:28.586839}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void proposedZonelessTimestamp(Blackhole sink) throws IOException {
    read(zonelessTimestamps, proposedInstant, sink);
  }

  /**
   * Baseline ({@link LocalDateTime#parse} after replacing the space): {@code 2026-06-11
   * 16:03:28.586839}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void baselineZonelessTimestamp(Blackhole sink) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(zonelessTimestamps));
    reader.beginArray();
    while (reader.hasNext()) {
      sink.consume(LocalDateTime.parse(reader.nextString().replace(' ', 'T')).toInstant(ZoneOffset.UTC));
    }
    reader.endArray();
  }

  /**
   * SDK: a whole number of seconds.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void sdkDuration(Blackhole sink) throws IOException {
    read(durations, sdkDuration, sink);
  }

  /**
   * Proposed: a whole number of seconds.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void proposedDuration(Blackhole sink) throws IOException {
    read(durations, proposedDuration, sink);
  }

  /**
   * Baseline ({@link Duration#ofSeconds} of {@code nextLong}): a whole number of seconds.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void baselineDuration(Blackhole sink) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(durations));
    reader.beginArray();
    while (reader.hasNext()) {
      sink.consume(Duration.ofSeconds(reader.nextLong()));
    }
    reader.endArray();
  }

  /**
   * SDK: an {@code OpenEnum<Sentiment>}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void sdkOpenEnum(Blackhole sink) throws IOException {
    read(sentiments, sdkSentiment, sink);
  }

  /**
   * Proposed: an {@code OpenEnum<Sentiment>}.
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void proposedOpenEnum(Blackhole sink) throws IOException {
    read(sentiments, proposedSentiment, sink);
  }

  /**
   * Baseline (Moshi's enum adapter with {@code @Json} names).
   *
   * @param sink the blackhole
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(VALUES)
  public void baselineOpenEnum(Blackhole sink) throws IOException {
    read(sentiments, baselineSentiment, sink);
  }
}
