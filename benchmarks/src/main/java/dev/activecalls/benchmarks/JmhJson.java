package dev.activecalls.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes measurements made outside JMH (by {@link ColdStartBenchmark} and {@link
 * LoopbackBenchmark}) as JMH-style JSON, the shape {@link ResultsTable} reads: one result per
 * benchmark, its iterations grouped by fork in {@code primaryMetric.rawData}.
 */
final class JmhJson {
  private final StringBuilder json = new StringBuilder("[");

  /**
   * Adds one result.
   *
   * @param benchmark the method's name in {@code dev.activecalls.benchmarks}, like {@code
   *     LoopbackBenchmark.sdkSync}
   * @param mode JMH's mode name: {@code thrpt} or {@code ss}
   * @param threads the threads the table shows
   * @param params the parameters the table shows
   * @param unit the unit of every value
   * @param forks each fork's iterations
   * @return this
   */
  JmhJson add(String benchmark, String mode, int threads, Map<String, String> params, String unit,
      List<List<Double>> forks) {
    if (json.length() > 1) {
      json.append(',');
    }
    json.append("{\"benchmark\":\"dev.activecalls.benchmarks.").append(benchmark)
        .append("\",\"mode\":\"").append(mode)
        .append("\",\"threads\":").append(threads)
        .append(",\"forks\":").append(forks.size())
        .append(",\"params\":{");
    String separator = "";
    for (Map.Entry<String, String> param : params.entrySet()) {
      json.append(separator).append('"').append(param.getKey()).append("\":\"").append(param.getValue()).append('"');
      separator = ",";
    }
    json.append("},\"primaryMetric\":{\"scoreUnit\":\"").append(unit).append("\",\"rawData\":[");
    separator = "";
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
    json.append("]},\"secondaryMetrics\":{}}");
    return this;
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
