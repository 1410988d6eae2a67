package dev.activecalls.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loopback throughput of the SDK, the hand-written baseline and the limit, at 1, 16 and 64 callers
 * (blocking {@code list()}) and calls in flight ({@code listAsync()} against {@code enqueue}).
 *
 * <p>The sides are compared within each JVM, not across JVMs: on these VMs one JVM can run the
 * same code 1.3x faster or slower than the next for its whole life, so a side measured in its own
 * forks drew its ratio from that spread, by 10 to 30% a run. Each fresh JVM ({@link
 * LoopbackChild}) runs all three sides in turns of one window each, under the same load, and
 * reports every measured window. Every configuration is run in {@code forks} JVMs; a side's
 * figure is the median over all its windows, and as every JVM gives each side the same number of
 * windows, a faster or slower JVM moves all three sides alike. The windows are short (run.sh uses
 * 50 ms) and many: the host also has slow stretches within a JVM, of about a second, which with
 * 1 s windows fell on one side's window and not the next. {@link ResultsTable} takes a row's
 * ratio window by window, each side against the other's window of the same round.
 *
 * <p>Writes JMH-style JSON that {@link ResultsTable} reads: {@code sdkSync}, {@code baselineSync},
 * {@code limitSync} with the callers as threads, and {@code sdkAsync}, {@code baselineAsync},
 * {@code limitAsync} with a {@code concurrency} parameter; operations per second, each JVM a fork,
 * each window an iteration.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.activecalls.benchmarks.LoopbackBenchmark <forks>
 * <warm-up rounds> <rounds> <window ms> <result.json>}.
 */
public final class LoopbackBenchmark {
  private static final int[] CONCURRENCY = {1, 16, 64};
  private static final String[] MODES = {"sync", "async"};

  private LoopbackBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args forks, warm-up rounds, rounds, window in milliseconds, then the JSON file to write
   * @throws Exception if a JVM fails
   */
  public static void main(String[] args) throws Exception {
    int forks = Integer.parseInt(args[0]);
    String warmUpRounds = args[1];
    String rounds = args[2];
    String windowMillis = args[3];
    Path out = Path.of(args[4]);
    // mode -> concurrency -> side -> each fork's windows
    Map<String, Map<Integer, Map<String, List<List<Double>>>>> results = new LinkedHashMap<>();
    for (int fork = 0; fork < forks; fork++) {
      for (String mode : MODES) {
        for (int concurrency : CONCURRENCY) {
          Map<String, List<Double>> windows = runChild(mode, concurrency, warmUpRounds, rounds, windowMillis);
          Map<String, List<List<Double>>> sides = results.computeIfAbsent(mode, m -> new LinkedHashMap<>())
              .computeIfAbsent(concurrency, c -> new LinkedHashMap<>());
          windows.forEach((side, values) -> sides.computeIfAbsent(side, s -> new ArrayList<>()).add(values));
          System.out.println(mode + ' ' + concurrency + ", fork " + (fork + 1) + ": " + windows);
        }
      }
    }
    JmhJson json = new JmhJson();
    results.forEach((mode, byConcurrency) -> byConcurrency.forEach((concurrency, sides) -> sides.forEach(
        (side, values) -> add(json, mode, concurrency, side, values))));
    json.write(out);
  }

  /**
   * Adds one side's windows at one mode and concurrency: sync with the callers as threads, async
   * with a {@code concurrency} parameter, as the table labels them.
   *
   * @param json where the result goes
   * @param mode {@code sync} or {@code async}
   * @param concurrency callers or calls in flight
   * @param side {@code sdk}, {@code baseline} or {@code limit}
   * @param forks each JVM's windows, in calls per second
   */
  static void add(JmhJson json, String mode, int concurrency, String side, List<List<Double>> forks) {
    boolean async = mode.equals("async");
    json.addWindows("LoopbackBenchmark." + side + (async ? "Async" : "Sync"), "thrpt", async ? 1 : concurrency,
        async ? Map.of("concurrency", Integer.toString(concurrency)) : Map.of(), "ops/s", forks, null);
  }

  /** Runs one fresh JVM and returns each side's windows, in calls per second. */
  private static Map<String, List<Double>> runChild(String mode, int concurrency, String warmUpRounds,
      String rounds, String windowMillis) throws IOException, InterruptedException {
    List<String> output = ChildJvm.run(LoopbackChild.class, mode, Integer.toString(concurrency), warmUpRounds, rounds,
        windowMillis);
    Map<String, List<Double>> windows = new LinkedHashMap<>();
    for (String line : output) {
      String[] fields = line.split(" ");
      if (fields.length == 2 && LoopbackChild.SIDES.contains(fields[0])) {
        windows.computeIfAbsent(fields[0], s -> new ArrayList<>()).add(Double.parseDouble(fields[1]));
      }
    }
    if (windows.size() != LoopbackChild.SIDES.size()) {
      throw new IOException(mode + ' ' + concurrency + " reported no windows for some side:\n" + String.join("\n", output));
    }
    return windows;
  }
}
