package dev.activecalls.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured per process (issue 17): each run launches a fresh JVM ({@link
 * ColdStartChild}) that builds a client and lists Trillet's active calls once from a loopback
 * server in this process. Two figures per run: JVM start to first decoded answer (from launching
 * the process to reading its answer line, so the JVM's own start is in both sides) and the
 * client build alone (timed inside the child). The sides alternate run by run, so a machine
 * drifting faster or slower favours neither. Writes the runs as JMH-style JSON that {@link
 * ResultsTable} reads ({@code sdkFirstAnswer} / {@code limitFirstAnswer}, {@code sdkClientBuild}
 * / {@code limitClientBuild}, milliseconds, every run as one iteration).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.activecalls.benchmarks.ColdStartBenchmark <runs per
 * side> <result.json>}.
 */
public final class ColdStartBenchmark {
  private static final String[] SIDES = {"sdk", "limit"};

  private ColdStartBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args runs per side, then the JSON file to write
   * @throws Exception if a child fails
   */
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Map<String, List<Double>> firstAnswer = new LinkedHashMap<>();
    Map<String, List<Double>> clientBuild = new LinkedHashMap<>();
    for (String side : SIDES) {
      firstAnswer.put(side, new ArrayList<>());
      clientBuild.put(side, new ArrayList<>());
    }
    try (LoopbackServer server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4)) {
      for (int run = 0; run < runs; run++) {
        for (int i = 0; i < SIDES.length; i++) {
          String side = SIDES[run % 2 == 0 ? i : SIDES.length - 1 - i]; // sdk, limit, limit, sdk, ...
          double[] measured = once(side, server.baseUrl());
          firstAnswer.get(side).add(measured[0]);
          clientBuild.get(side).add(measured[1]);
        }
      }
    }
    write(out, firstAnswer, clientBuild);
    for (String side : SIDES) {
      System.out.printf(Locale.ROOT, "%-5s first answer %s ms, client build %s ms%n", side,
          firstAnswer.get(side), clientBuild.get(side));
    }
  }

  /**
   * Writes the runs as JMH-style JSON: per side, a {@code FirstAnswer} and a {@code ClientBuild}
   * result whose iterations are the runs, in milliseconds.
   *
   * @param out the file
   * @param firstAnswer each side's first-answer times
   * @param clientBuild each side's client-build times
   * @throws IOException if the file cannot be written
   */
  static void write(Path out, Map<String, List<Double>> firstAnswer, Map<String, List<Double>> clientBuild)
      throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (String side : SIDES) {
      result(json, side + "FirstAnswer", firstAnswer.get(side));
      result(json, side + "ClientBuild", clientBuild.get(side));
    }
    json.setLength(json.length() - 1);
    json.append("]\n");
    Files.writeString(out, json, StandardCharsets.UTF_8);
  }

  /** Returns {first answer ms, client build ms} of one fresh JVM. */
  private static double[] once(String side, String baseUrl) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("java.class.path");
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, ColdStartChild.class.getName(), side, baseUrl)
        .redirectErrorStream(true);
    long launched = System.nanoTime();
    Process process = builder.start();
    String line;
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = output.readLine();
      long answered = System.nanoTime();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || line == null
          || !line.startsWith("build=")) {
        process.destroyForcibly();
        throw new IOException(side + " cold start failed: " + line);
      }
      long build = Long.parseLong(line.substring("build=".length(), line.indexOf(' ')));
      return new double[] {(answered - launched) / 1e6, build / 1e6};
    }
  }

  private static void result(StringBuilder json, String method, List<Double> values) {
    json.append("{\"benchmark\":\"dev.activecalls.benchmarks.ColdStartBenchmark.").append(method)
        .append("\",\"mode\":\"ss\",\"threads\":1,\"forks\":").append(values.size())
        .append(",\"params\":{},\"primaryMetric\":{\"scoreUnit\":\"ms/op\",\"rawData\":[");
    for (double value : values) {
      json.append('[').append(String.format(Locale.ROOT, "%.3f", value)).append("],");
    }
    json.setLength(json.length() - 1);
    json.append("]},\"secondaryMetrics\":{}},");
  }
}
