package dev.activecalls.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes measurements made outside JMH (by {@link ColdStartBenchmark}, {@link LoopbackBenchmark}
 * and {@link SideBySideBenchmark}) as JMH-style JSON, the shape {@link ResultsTable} reads: one result per
 * benchmark, its iterations grouped by fork in {@code primaryMetric.rawData}.
 */
final class JmhJson {
  /** The field that marks a result written by {@link #addWindows}. */
  static final String WINDOWS_PAIRED = "windowsPaired";

  private final StringBuilder json = new StringBuilder("[");

  /**
   * Adds one result.
   *
   * @param benchmark the method's name in {@code dev.activecalls.benchmarks}, like {@code
   *     ColdStartBenchmark.sdkClientBuild}
   * @param mode JMH's mode name: {@code thrpt}, {@code avgt} or {@code ss}
   * @param threads the threads the table shows
   * @param params the parameters the table shows
   * @param unit the unit of every value
   * @param forks each fork's iterations
   * @return this
   */
  JmhJson add(String benchmark, String mode, int threads, Map<String, String> params, String unit,
      List<List<Double>> forks) {
    return add(benchmark, mode, threads, params, unit, forks, false, null);
  }

  /**
   * Adds one result of a benchmark whose sides took turns in windows of the same JVMs ({@link
   * LoopbackBenchmark}, {@link SideBySideBenchmark}): window {@code i} of fork {@code f} of every
   * side ran in the same JVM and the same round, so {@link ResultsTable} may compare the sides
   * window by window.
   *
   * @param benchmark the method's name in {@code dev.activecalls.benchmarks}, like {@code
   *     LoopbackBenchmark.sdkSync}
   * @param mode JMH's mode name: {@code thrpt} or {@code avgt}
   * @param threads the threads the table shows
   * @param params the parameters the table shows
   * @param unit the unit of every value
   * @param forks each fork's windows, in round order
   * @param bytesPerOp each fork's windows' bytes allocated per operation, written as {@code
   *     gc.alloc.rate.norm} as JMH's {@code -prof gc} names it, or null if not measured
   * @return this
   */
  JmhJson addWindows(String benchmark, String mode, int threads, Map<String, String> params, String unit,
      List<List<Double>> forks, @Nullable List<List<Double>> bytesPerOp) {
    return add(benchmark, mode, threads, params, unit, forks, true, bytesPerOp);
  }

  private JmhJson add(String benchmark, String mode, int threads, Map<String, String> params, String unit,
      List<List<Double>> forks, boolean windowsPaired, @Nullable List<List<Double>> bytesPerOp) {
    if (json.length() > 1) {
      json.append(',');
    }
    json.append("{\"benchmark\":\"dev.activecalls.benchmarks.").append(benchmark)
        .append("\",\"mode\":\"").append(mode)
        .append("\",\"threads\":").append(threads)
        .append(",\"forks\":").append(forks.size());
    if (windowsPaired) {
      json.append(",\"").append(WINDOWS_PAIRED).append("\":true");
    }
    json.append(",\"params\":{");
    String separator = "";
    for (Map.Entry<String, String> param : params.entrySet()) {
      json.append(separator).append('"').append(param.getKey()).append("\":\"").append(param.getValue()).append('"');
      separator = ",";
    }
    json.append("},\"primaryMetric\":");
    metric(unit, forks);
    json.append(",\"secondaryMetrics\":{");
    if (bytesPerOp != null) {
      json.append("\"gc.alloc.rate.norm\":");
      metric("B/op", bytesPerOp);
    }
    json.append("}}");
    return this;
  }

  private void metric(String unit, List<List<Double>> forks) {
    json.append("{\"scoreUnit\":\"").append(unit).append("\",\"rawData\":[");
    String separator = "";
    for (List<Double> fork : forks) {
      json.append(separator).append('[');
      String inner = "";
      for (double value : fork) {
        json.append(inner).append(String.format(Locale.ROOT, "%.3f", value));
        inner = ",";
      }
      json.append(']');
      separator = ",";
    }
    json.append("]}");
  }

  /**
   * Writes the results added so far.
   *
   * @param out the file
   * @throws IOException if it cannot be written
   */
  void write(Path out) throws IOException {
    Files.writeString(out, json + "]\n", StandardCharsets.UTF_8);
  }
}
