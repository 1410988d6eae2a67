package dev.activecalls.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * drifting faster or slower favours neither.
 *
 * <p>Every run is made twice over: with the JVM's default heap, and with a young generation of
 * 64 MB ({@code -Xmn64m}), in which neither side collects garbage before its answer. With the
 * default heap the first young collection (10 to 17 ms on a 2-core VM, copying what OkHttp's TLS
 * set-up left live) comes when the first 16 MB or so have been allocated: just after the limit's
 * build, which allocates about 14.7 MB, and just before the end of the SDK's, which allocates
 * about 0.6 MB more. So the default-heap client build compares a pause on one side with none on
 * the other; the first answer has the pause on both sides.
 *
 * <p>Writes the runs as JMH-style JSON that {@link ResultsTable} reads ({@code sdkFirstAnswer} /
 * {@code limitFirstAnswer}, {@code sdkClientBuild} / {@code limitClientBuild}, milliseconds,
 * every run as one iteration, with a {@code heap} parameter).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.activecalls.benchmarks.ColdStartBenchmark <runs per
 * side and heap> <result.json>}.
 */
public final class ColdStartBenchmark {
  private static final String[] SIDES = {"sdk", "limit"};
  /** The heaps each run is made with, by the name the table shows, and their JVM options. */
  private static final List<Map.Entry<String, List<String>>> HEAPS =
      List.of(Map.entry("default", List.of()), Map.entry("young 64 MB", List.of("-Xmn64m")));

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
    Map<String, Map<String, List<Double>>> firstAnswer = new LinkedHashMap<>();
    Map<String, Map<String, List<Double>>> clientBuild = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : HEAPS) {
      String heap = entry.getKey();
      firstAnswer.put(heap, new LinkedHashMap<>());
      clientBuild.put(heap, new LinkedHashMap<>());
      for (String side : SIDES) {
        firstAnswer.get(heap).put(side, new ArrayList<>());
        clientBuild.get(heap).put(side, new ArrayList<>());
      }
    }
    try (LoopbackServer server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 4)) {
      for (int run = 0; run < runs; run++) {
        for (Map.Entry<String, List<String>> heap : HEAPS) {
          for (int i = 0; i < SIDES.length; i++) {
            String side = SIDES[run % 2 == 0 ? i : SIDES.length - 1 - i]; // sdk, limit, limit, sdk, ...
            double[] measured = once(side, heap.getValue(), server.baseUrl());
            firstAnswer.get(heap.getKey()).get(side).add(measured[0]);
            clientBuild.get(heap.getKey()).get(side).add(measured[1]);
          }
        }
      }
    }
    write(out, firstAnswer, clientBuild);
    for (String heap : firstAnswer.keySet()) {
      for (String side : SIDES) {
        System.out.printf(Locale.ROOT, "%-5s heap %s: first answer %s ms, client build %s ms%n", side, heap,
            firstAnswer.get(heap).get(side), clientBuild.get(heap).get(side));
      }
    }
  }

  /**
   * Writes the runs as JMH-style JSON: per heap and side, a {@code FirstAnswer} and a {@code
   * ClientBuild} result whose iterations are the runs, in milliseconds.
   *
   * @param out the file
   * @param firstAnswer each heap's and side's first-answer times
   * @param clientBuild each heap's and side's client-build times
   * @throws IOException if the file cannot be written
   */
  static void write(Path out, Map<String, Map<String, List<Double>>> firstAnswer,
      Map<String, Map<String, List<Double>>> clientBuild) throws IOException {
    JmhJson json = new JmhJson();
    for (String heap : firstAnswer.keySet()) {
      for (String side : SIDES) {
        result(json, side + "FirstAnswer", heap, firstAnswer.get(heap).get(side));
        result(json, side + "ClientBuild", heap, clientBuild.get(heap).get(side));
      }
    }
    json.write(out);
  }

  /** Returns {first answer ms, client build ms} of one fresh JVM. */
  private static double[] once(String side, List<String> jvmOptions, String baseUrl)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(ChildJvm.command(jvmOptions, ColdStartChild.class, side, baseUrl)).redirectErrorStream(true);
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

  /** Adds one heap's and side's runs, each run as a fork of one iteration. */
  private static void result(JmhJson json, String method, String heap, List<Double> values) {
    List<List<Double>> forks = new ArrayList<>();
    for (double value : values) {
      forks.add(List.of(value));
    }
    json.add("ColdStartBenchmark." + method, "ss", 1, Map.of("heap", heap), "ms/op", forks);
  }
}
