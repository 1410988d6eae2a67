package dev.activecalls.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-call rows of every vendor and the 1,000- and 10,000-call decode rows, with the sides
 * compared within each JVM: the SDK, the hand-written baseline, the limit and Jackson take turns
 * in short windows of the same fresh JVM ({@link SideBySideChild}), as the loopback rows do.
 *
 * <p>Measured as JMH measures them, each side in forks of its own, these rows drew their ratios
 * from the spread between JVMs: on these VMs one JVM runs the same code up to 1.5x faster or
 * slower than the next for its whole life, and over five full runs the SDK / limit ratio of
 * unchanged code ranged 0.65 to 1.47. Here every JVM gives each side the same number of windows,
 * so a faster or slower JVM moves all sides alike; {@link ResultsTable} takes the ratio window by
 * window, each side against the other's window of the same round. The JMH classes stay the
 * definition of each side (this class calls their methods after their {@code @Setup}) and can
 * still be run on their own.
 *
 * <p>Writes JMH-style JSON that {@link ResultsTable} reads, under the JMH classes' names: for
 * each benchmark, parameter and side, nanoseconds (decode rows: microseconds) per call as the
 * primary metric and bytes allocated per call as {@code gc.alloc.rate.norm}, each JVM a fork,
 * each window an iteration.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.activecalls.benchmarks.SideBySideBenchmark <forks>
 * <result.json>}.
 */
public final class SideBySideBenchmark {
  /**
   * What runs, each in {@code forks} JVMs: the benchmark, its parameter's name and value, the
   * window, the warm-up rounds (about 8 s of calls in all, 2 s a side, as JMH's four 1 s warm-up
   * iterations) and the measured rounds. A 10,000-call decode takes about 16 ms, so its windows
   * are longer.
   */
  private static final List<Config> CONFIGS = List.of(
      new Config("TrilletListBenchmark", null, null, 50, 40, 100),
      new Config("VobizGetBenchmark", "shape", "legacy", 50, 40, 100),
      new Config("VobizGetBenchmark", "shape", "current", 50, 40, 100),
      new Config("TalkoverListByPhoneBenchmark", null, null, 50, 40, 100),
      new Config("LargeListBenchmark", "size", "1000", 50, 40, 100),
      new Config("LargeListBenchmark", "size", "10000", 200, 10, 40));

  private SideBySideBenchmark() {}

  /**
   * One benchmark as it is run.
   *
   * @param benchmark the JMH class's simple name
   * @param parameter its {@code @Param}'s name, or null
   * @param value the parameter's value, or null
   * @param windowMillis each window's length
   * @param warmUpRounds rounds run first and not reported
   * @param rounds rounds reported
   */
  record Config(String benchmark, @Nullable String parameter, @Nullable String value, int windowMillis, int warmUpRounds, int rounds) {
    Map<String, String> params() {
      return parameter == null ? Map.of() : Map.of(parameter, value);
    }

    /** The unit the table shows: microseconds where a call takes milliseconds. */
    boolean micros() {
      return benchmark.equals("LargeListBenchmark");
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args JVMs per benchmark, then the JSON file to write
   * @throws Exception if a JVM fails
   */
  public static void main(String[] args) throws Exception {
    int forks = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    // config -> side -> each fork's {times, bytes} windows
    Map<Config, Map<String, List<List<Double>>>> times = new LinkedHashMap<>();
    Map<Config, Map<String, List<List<Double>>>> bytes = new LinkedHashMap<>();
    for (int fork = 0; fork < forks; fork++) {
      for (Config config : CONFIGS) {
        Map<String, List<double[]>> windows = runChild(config);
        windows.forEach((side, measured) -> {
          List<Double> time = new ArrayList<>();
          List<Double> allocated = new ArrayList<>();
          for (double[] window : measured) {
            time.add(config.micros() ? window[0] / 1000 : window[0]);
            allocated.add(window[1]);
          }
          times.computeIfAbsent(config, c -> new LinkedHashMap<>()).computeIfAbsent(side, s -> new ArrayList<>()).add(time);
          bytes.computeIfAbsent(config, c -> new LinkedHashMap<>()).computeIfAbsent(side, s -> new ArrayList<>())
              .add(allocated);
        });
        System.out.println(config.benchmark() + ' ' + config.params() + ", fork " + (fork + 1) + ": "
            + medians(times.get(config)));
      }
    }
    JmhJson json = new JmhJson();
    times.forEach((config, sides) -> sides.forEach(
        (side, forksOfSide) -> add(json, config, side, forksOfSide, bytes.get(config).get(side))));
    json.write(out);
  }

  /**
   * Adds one side's windows of one benchmark, under the JMH method's name.
   *
   * @param json where the result goes
   * @param config the benchmark
   * @param side {@code sdk}, {@code baseline}, {@code limit} or {@code jackson}
   * @param times each JVM's windows, in nanoseconds per call (microseconds for {@link Config#micros})
   * @param bytes each JVM's windows, in bytes allocated per call
   */
  static void add(JmhJson json, Config config, String side, List<List<Double>> times, List<List<Double>> bytes) {
    json.addWindows(config.benchmark() + '.' + side, "avgt", 1, config.params(), config.micros() ? "us/op" : "ns/op",
        times, bytes);
  }

  /** Each side's median window of its last fork, for the log. */
  private static Map<String, String> medians(Map<String, List<List<Double>>> sides) {
    Map<String, String> out = new LinkedHashMap<>();
    sides.forEach((side, forks) -> {
      List<Double> last = new ArrayList<>(forks.get(forks.size() - 1));
      last.sort(null);
      out.put(side, String.format(Locale.ROOT, "%.1f", last.get(last.size() / 2)));
    });
    return out;
  }

  /** Runs one fresh JVM and returns each side's windows, {time per call, bytes per call}. */
  private static Map<String, List<double[]>> runChild(Config config) throws IOException, InterruptedException {
    List<String> output = ChildJvm.run(SideBySideChild.class, config.benchmark(),
        config.value() == null ? "-" : config.value(), Integer.toString(config.warmUpRounds()),
        Integer.toString(config.rounds()), Integer.toString(config.windowMillis()));
    Map<String, List<double[]>> windows = new LinkedHashMap<>();
    for (String line : output) {
      String[] fields = line.split(" ");
      if (fields.length == 3 && SideBySideChild.SIDES.contains(fields[0])) {
        windows.computeIfAbsent(fields[0], s -> new ArrayList<>())
            .add(new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])});
      }
    }
    if (windows.size() != SideBySideChild.SIDES.size()) {
      throw new IOException(config + " reported no windows for some side:\n" + String.join("\n", output));
    }
    return windows;
  }
}
