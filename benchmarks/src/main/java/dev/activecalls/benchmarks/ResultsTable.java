package dev.activecalls.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads JMH JSON result files and prints one Markdown table pairing each {@code sdk...} benchmark
 * with its {@code baseline...} twin (same class, same method suffix, same parameters and thread
 * count). Every value is the median of the measurement iterations, pooled over every fork and
 * every file that holds the benchmark. The ratio is always the SDK's
 * cost relative to the baseline's: SDK/baseline for time and bytes per call, baseline/SDK for
 * throughput; below 1 the SDK is cheaper. For the loopback rows, whose sides took turns in the
 * same JVMs, it is the median of the ratios of windows of the same round rather than the ratio of
 * the medians. Allocation rows come from JMH's {@code -prof gc} ({@code
 * gc.alloc.rate.norm}).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.activecalls.benchmarks.ResultsTable results/*.json}.
 * Exits with status 0 even when a target is missed: the table says which.
 */
public final class ResultsTable {
  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final double PER_CALL_TARGET = 1.10;
  private static final double DECODE_TARGET = 1.10;
  /**
   * The monitor does what the hand-written loop does plus health, a request window and the
   * events' field sets: it may cost half as much again, not a multiple.
   */
  private static final double MONITOR_TARGET = 1.50;
  private static final double ALLOC_TARGET = 1.25;
  private static final double THROUGHPUT_TARGET = 0.95;
  /** Issue 17: time against the streaming limit, and bytes against its bytes. */
  private static final double LIMIT_TARGET = 1.05;
  private static final double LIMIT_ALLOC_TARGET = 1.10;
  /** Issue 17: faster than Jackson databind on every row. */
  private static final double JACKSON_TARGET = 1.00;
  /** Issue 17: loopback throughput at least this share of the limit's, at every caller count. */
  private static final double LIMIT_THROUGHPUT_TARGET = 0.97;

  private static final String PAIRED_NOTE = "Per-call, decode and loopback rows: the sides took turns in short"
      + " windows of the same JVMs, so their ratio is the median of the round-by-round ratios, which need not equal"
      + " the ratio of the two medians shown.";

  private ResultsTable() {}

  /**
   * Prints the tables and, with {@code --into}, writes them into a Markdown file between its
   * {@value #START} and {@value #END} lines, after the text of {@code --environment}.
   *
   * @param args {@code [--into RESULTS.md] [--environment environment.txt]} then JMH JSON files
   *     ({@code -rf json})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    @Nullable Path into = null;
    String environment = "";
    int first = 0;
    while (first + 1 < args.length && args[first].startsWith("--")) {
      switch (args[first]) {
        case "--into" -> into = Path.of(args[first + 1]);
        case "--environment" -> environment = Files.readString(Path.of(args[first + 1]), StandardCharsets.UTF_8);
        default -> throw new IllegalArgumentException("unknown option " + args[first]);
      }
      first += 2;
    }
    if (first == args.length) {
      System.err.println("usage: ResultsTable [--into RESULTS.md] [--environment file] <jmh-result.json>...");
      System.exit(2);
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (int i = first; i < args.length; i++) {
      results.addAll(read(Path.of(args[i])));
    }
    String tables = render(results);
    System.out.print(tables);
    if (into != null) {
      String document = Files.readString(into, StandardCharsets.UTF_8);
      Files.writeString(into, replaceGenerated(document, environment + tables), StandardCharsets.UTF_8);
    }
  }

  /** Where the generated part of a results file starts. */
  static final String START = "<!-- run.sh writes from here -->";
  /** Where it ends. */
  static final String END = "<!-- run.sh writes up to here -->";

  /**
   * Returns {@code document} with the text between its {@link #START} and {@link #END} lines
   * replaced by {@code generated}.
   *
   * @param document a Markdown file's text
   * @param generated what goes between the lines
   * @return the new text
   * @throws IllegalArgumentException if the document lacks either line, or has them out of order
   */
  static String replaceGenerated(String document, String generated) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the results file needs the lines " + START + " and " + END);
    }
    String body = generated.endsWith("\n") ? generated : generated + '\n';
    return document.substring(0, start + START.length()) + "\n\n" + body + '\n' + document.substring(end);
  }

  /**
   * Reads one JMH JSON result file.
   *
   * @param file the file
   * @return its benchmark results, as JSON objects
   * @throws IOException if it cannot be read or is not a JMH result list
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> read(Path file) throws IOException {
    JsonAdapter<Object> adapter = new Moshi.Builder().build().adapter(Object.class);
    Object json = adapter.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    if (!(json instanceof List<?> list)) {
      throw new IOException(file + " is not a JMH JSON result list");
    }
    return (List<Map<String, Object>>) list;
  }

  /**
   * Returns the Markdown table for {@code results}.
   *
   * @param results JMH results, as read by {@link #read}
   * @return the table, with a legend line before it
   */
  static String render(List<Map<String, Object>> results) {
    Map<Key, Pair> pairs = new TreeMap<>();
    for (Map<String, Object> result : results) {
      String benchmark = (String) result.get("benchmark");
      int dot = benchmark.lastIndexOf('.');
      String method = benchmark.substring(dot + 1);
      String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      Side side = Side.of(method);
      if (side == null) {
        continue;
      }
      String suffix = method.substring(side.prefix.length());
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) result.getOrDefault("params", Map.of());
      int threads = ((Number) result.get("threads")).intValue();
      Key key = new Key(className, suffix, new TreeMap<>(stringValues(params)), threads);
      pairs.computeIfAbsent(key, k -> new Pair()).of(side).add(result);
    }

    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Key, Pair> entry : pairs.entrySet()) {
      Key key = entry.getKey();
      Pair pair = entry.getValue();
      if (pair.sdk.isEmpty() || pair.baseline.isEmpty()) {
        continue;
      }
      Kind kind = Kind.of(key);
      Metric sdkTime = primary(pair.sdk);
      Metric baseTime = primary(pair.baseline);
      boolean throughput = "thrpt".equals(pair.sdk.get(0).get("mode"));
      double ratio = ratio(pair.sdk, sdkTime, pair.baseline, baseTime, throughput);
      String label = kind.label(key);
      int rank = kind.rank(key);
      rows.add(new Row(kind.order, rank, label, sdkTime, baseTime, ratio, kind.target(key), throughput));
      Metric sdkAlloc = secondary(pair.sdk, ALLOC);
      Metric baseAlloc = secondary(pair.baseline, ALLOC);
      if (sdkAlloc != null && baseAlloc != null && kind.allocationTarget) {
        rows.add(new Row(kind.order, rank, label + ", allocation", sdkAlloc, baseAlloc,
            sdkAlloc.value / baseAlloc.value, ALLOC_TARGET, false));
      }
    }
    // Stable sort: within one benchmark and rank, the allocation row stays after the time row.
    rows.sort(Comparator.comparingInt(Row::order).thenComparingInt(Row::rank));

    StringBuilder out = new StringBuilder();
    out.append("ratio = SDK cost / baseline cost (time and bytes per call: SDK / baseline;"
        + " throughput: baseline / SDK). 1.00 = parity, lower is better. Values are medians of the"
        + " measurement iterations. " + PAIRED_NOTE + "\n\n");
    out.append("| benchmark | SDK | baseline | ratio | target | met |\n");
    out.append("|---|---:|---:|---:|---|---|\n");
    for (Row row : rows) {
      String target;
      String met;
      if (Double.isNaN(row.target)) {
        target = "-";
        met = "-";
      } else if (row.throughput) {
        // target is "SDK throughput >= x * baseline", i.e. ratio <= 1 / x
        target = String.format(Locale.ROOT, "thrpt >= %.2fx (ratio <= %.3f)", row.target, 1 / row.target);
        met = row.ratio <= 1 / row.target ? "yes" : "NO";
      } else {
        target = String.format(Locale.ROOT, "<= %.2f", row.target);
        met = row.ratio <= row.target ? "yes" : "NO";
      }
      out.append("| ").append(row.label)
          .append(" | ").append(row.sdk.format())
          .append(" | ").append(row.baseline.format())
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", row.ratio))
          .append(" | ").append(target)
          .append(" | ").append(met)
          .append(" |\n");
    }
    out.append(renderLimit(pairs));
    return out.toString();
  }

  /**
   * Returns the second table (issue 17): each SDK row against the streaming limit (the same
   * request on plain OkHttp, decoded by the SDK's own decoders into the same records) and against
   * Jackson databind, all measured in the same run; empty if no limit was measured.
   */
  private static String renderLimit(Map<Key, Pair> pairs) {
    List<Map.Entry<Key, Pair>> entries = new ArrayList<>(pairs.entrySet());
    entries.sort(Comparator.<Map.Entry<Key, Pair>>comparingInt(e -> Kind.of(e.getKey()).order)
        .thenComparingInt(e -> Kind.of(e.getKey()).rank(e.getKey())));
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<Key, Pair> entry : entries) {
      Pair pair = entry.getValue();
      if (pair.sdk.isEmpty() || pair.limit.isEmpty()) {
        continue;
      }
      Kind kind = Kind.of(entry.getKey());
      String label = kind.label(entry.getKey());
      Metric sdk = primary(pair.sdk);
      Metric limit = primary(pair.limit);
      Metric jackson = pair.jackson.isEmpty() ? null : primary(pair.jackson);
      boolean throughput = "thrpt".equals(pair.sdk.get(0).get("mode"));
      double target = !kind.judgedAgainstLimit(entry.getKey()) ? Double.NaN
          : throughput ? 1 / LIMIT_THROUGHPUT_TARGET : LIMIT_TARGET;
      rows.add(limitRow(label, sdk, limit, ratio(pair.sdk, sdk, pair.limit, limit, throughput), jackson,
          target, throughput, true));
      Metric sdkAlloc = secondary(pair.sdk, ALLOC);
      Metric limitAlloc = secondary(pair.limit, ALLOC);
      if (sdkAlloc != null && limitAlloc != null && !throughput) {
        Metric jacksonAlloc = pair.jackson.isEmpty() ? null : secondary(pair.jackson, ALLOC);
        rows.add(limitRow(label + ", allocation", sdkAlloc, limitAlloc, sdkAlloc.value / limitAlloc.value,
            jacksonAlloc, LIMIT_ALLOC_TARGET, false, false));
      }
    }
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("\nAgainst the limit and the peer (issue 17). Limit: the same request on plain OkHttp,"
        + " decoded by the SDK's streaming decoders into the same records. Jackson: the same request,"
        + " Jackson databind into the baseline's records. Ratios are the SDK's cost relative to the"
        + " other side's (throughput: limit / SDK). Targets: SDK / limit <= ")
        .append(String.format(Locale.ROOT, "%.2f", LIMIT_TARGET)).append(" in time and <= ")
        .append(String.format(Locale.ROOT, "%.2f", LIMIT_ALLOC_TARGET))
        .append(" in bytes; throughput >= ")
        .append(String.format(Locale.ROOT, "%.2f", LIMIT_THROUGHPUT_TARGET))
        .append("x the limit's (ratio <= ")
        .append(String.format(Locale.ROOT, "%.3f", 1 / LIMIT_THROUGHPUT_TARGET))
        .append("); SDK / Jackson below 1 in time. ").append(PAIRED_NOTE).append("\n\n");
    out.append("| benchmark | SDK | limit | Jackson | SDK / limit | met | SDK / Jackson | met |\n");
    out.append("|---|---:|---:|---:|---:|---|---:|---|\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append(renderLinearity(pairs));
    return out.toString();
  }

  /**
   * Returns the monitor cycle's cost per live call at each size (issue 17: linear in the number of
   * calls); empty if the monitor was not measured.
   */
  private static String renderLinearity(Map<Key, Pair> pairs) {
    StringBuilder rows = new StringBuilder();
    for (Map.Entry<Key, Pair> entry : pairs.entrySet()) {
      Key key = entry.getKey();
      if (Kind.of(key) != Kind.MONITOR_CYCLE || entry.getValue().sdk.isEmpty()) {
        continue;
      }
      int size = Integer.parseInt(key.params().getOrDefault("size", "0"));
      Metric time = primary(entry.getValue().sdk);
      Metric bytes = secondary(entry.getValue().sdk, ALLOC);
      rows.append("| ").append(String.format(Locale.ROOT, "%,d", size))
          .append(" | ").append(time.format())
          .append(" | ").append(perCall(time, size))
          .append(" | ").append(bytes == null ? "-" : bytes.format())
          .append(" | ").append(bytes == null ? "-" : perCall(bytes, size))
          .append(" |\n");
    }
    if (rows.length() == 0) {
      return "";
    }
    return "\nThe live view's cycle per live call (linear if the per-call columns stay flat):\n\n"
        + "| live calls | cycle | per call | allocation | per call |\n|---:|---:|---:|---:|---:|\n" + rows;
  }

  private static String perCall(Metric metric, int size) {
    String unit = metric.unit().endsWith("/op") ? metric.unit().substring(0, metric.unit().length() - 3) : metric.unit();
    return String.format(Locale.ROOT, "%.3f %s/call", metric.value() / size, unit);
  }

  private static String[] limitRow(String label, Metric sdk, Metric limit, double toLimit, @Nullable Metric jackson,
      double limitTarget, boolean throughput, boolean time) {
    String toJackson = "-";
    String jacksonMet = "-";
    if (jackson != null) {
      double ratio = throughput ? jackson.value / sdk.value : sdk.value / jackson.value;
      toJackson = String.format(Locale.ROOT, "%.3f", ratio);
      if (time) { // Jackson's bytes inform; only its time is a target
        jacksonMet = ratio < JACKSON_TARGET ? "yes" : "NO";
      }
    }
    return new String[] {label, sdk.format(), limit.format(), jackson == null ? "-" : jackson.format(),
        String.format(Locale.ROOT, "%.3f", toLimit),
        Double.isNaN(limitTarget) ? "-" : toLimit <= limitTarget ? "yes" : "NO", toJackson,
        jacksonMet};
  }

  private static Map<String, String> stringValues(Map<String, Object> params) {
    Map<String, String> out = new LinkedHashMap<>();
    params.forEach((name, value) -> out.put(name, String.valueOf(value)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Metric primary(List<Map<String, Object>> results) {
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (Map<String, Object> result : results) {
      metrics.add((Map<String, Object>) result.get("primaryMetric"));
    }
    return pooled(metrics);
  }

  @SuppressWarnings("unchecked")
  private static Metric secondary(List<Map<String, Object>> results, String name) {
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (Map<String, Object> result : results) {
      Map<String, Object> secondary = (Map<String, Object>) result.getOrDefault("secondaryMetrics", Map.of());
      Object metric = secondary.get(name);
      if (metric == null) {
        metric = secondary.get("\u00b7" + name); // JMH before 1.35 prefixed profiler metrics with a middle dot
      }
      if (metric == null) {
        return null;
      }
      metrics.add((Map<String, Object>) metric);
    }
    return pooled(metrics);
  }

  /**
   * Returns the SDK's cost relative to the other side's: for sides measured in the same windows
   * ({@link #pairedRatio}), the median of the window-by-window ratios; otherwise the ratio of the
   * two medians.
   */
  private static double ratio(List<Map<String, Object>> sdkResults, Metric sdk, List<Map<String, Object>> otherResults,
      Metric other, boolean throughput) {
    Double paired = pairedRatio(sdkResults, otherResults, throughput);
    if (paired != null) {
      return paired;
    }
    return throughput ? other.value / sdk.value : sdk.value / other.value;
  }

  /**
   * Returns the median over every window of the SDK's cost relative to the other side's in the
   * same round, or null unless both sides are one result each, marked {@value JmhJson#WINDOWS_PAIRED}
   * ({@link JmhJson#addWindows}), with as many forks, and windows per fork, as the other (results
   * pooled from several files are compared by their medians). Window {@code i} of fork {@code f}
   * of every side ran in the same JVM, one right after the other: a stretch in which the host
   * runs everything slower, or a JVM that runs everything slower, moves both sides of a ratio
   * alike, where it moves one side's median and not the other's.
   */
  @SuppressWarnings("unchecked")
  private static @Nullable Double pairedRatio(List<Map<String, Object>> sdkResults, List<Map<String, Object>> otherResults,
      boolean throughput) {
    if (sdkResults.size() != 1 || otherResults.size() != 1
        || !Boolean.TRUE.equals(sdkResults.get(0).get(JmhJson.WINDOWS_PAIRED))
        || !Boolean.TRUE.equals(otherResults.get(0).get(JmhJson.WINDOWS_PAIRED))) {
      return null;
    }
    List<List<Number>> sdk = (List<List<Number>>) ((Map<String, Object>) sdkResults.get(0).get("primaryMetric"))
        .get("rawData");
    List<List<Number>> other = (List<List<Number>>) ((Map<String, Object>) otherResults.get(0).get("primaryMetric"))
        .get("rawData");
    if (sdk == null || other == null || sdk.isEmpty() || sdk.size() != other.size()) {
      return null;
    }
    List<Double> ratios = new ArrayList<>();
    for (int fork = 0; fork < sdk.size(); fork++) {
      List<Number> sdkWindows = sdk.get(fork);
      List<Number> otherWindows = other.get(fork);
      if (sdkWindows.size() != otherWindows.size()) {
        return null;
      }
      for (int i = 0; i < sdkWindows.size(); i++) {
        double s = sdkWindows.get(i).doubleValue();
        double o = otherWindows.get(i).doubleValue();
        ratios.add(throughput ? o / s : s / o);
      }
    }
    return ratios.isEmpty() ? null : median(ratios);
  }

  /**
   * Returns the median over every measurement iteration of every fork of {@code metrics}, which
   * may come from several runs of one benchmark. A result without raw iterations counts with its
   * own median.
   */
  @SuppressWarnings("unchecked")
  private static Metric pooled(List<Map<String, Object>> metrics) {
    List<Double> values = new ArrayList<>();
    for (Map<String, Object> metric : metrics) {
      List<List<Number>> forks = (List<List<Number>>) metric.get("rawData");
      if (forks != null && !forks.isEmpty()) {
        forks.forEach(fork -> fork.forEach(value -> values.add(value.doubleValue())));
      } else {
        Map<String, Object> percentiles = (Map<String, Object>) metric.get("scorePercentiles");
        Object median = percentiles == null ? null : percentiles.get("50.0");
        values.add(((Number) (median != null ? median : metric.get("score"))).doubleValue());
      }
    }
    return new Metric(median(values), (String) metrics.get(0).get("scoreUnit"));
  }

  private static double median(List<Double> values) {
    values.sort(null);
    int middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
  }

  /** One benchmark's identity, without the sdk/baseline prefix of its method. */
  private record Key(String className, String suffix, TreeMap<String, String> params, int threads)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return toString().compareTo(other.toString());
    }
  }

  /** Who ran a benchmark method, told by its name's prefix. */
  private enum Side {
    SDK("sdk"), BASELINE("baseline"), LIMIT("limit"), JACKSON("jackson");

    final String prefix;

    Side(String prefix) {
      this.prefix = prefix;
    }

    static @Nullable Side of(String method) {
      for (Side side : values()) {
        if (method.startsWith(side.prefix)) {
          return side;
        }
      }
      return null;
    }
  }

  /** The results of one comparison: each side's runs, usually one. */
  private static final class Pair {
    final List<Map<String, Object>> sdk = new ArrayList<>();
    final List<Map<String, Object>> baseline = new ArrayList<>();
    final List<Map<String, Object>> limit = new ArrayList<>();
    final List<Map<String, Object>> jackson = new ArrayList<>();

    List<Map<String, Object>> of(Side side) {
      return switch (side) {
        case SDK -> sdk;
        case BASELINE -> baseline;
        case LIMIT -> limit;
        case JACKSON -> jackson;
      };
    }
  }

  /** A median and its unit. */
  private record Metric(double value, String unit) {
    String format() {
      String number = value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
          : String.format(Locale.ROOT, "%.2f", value);
      return number + ' ' + unit;
    }
  }

  /** One line of the table. */
  private record Row(
      int order, int rank, String label, Metric sdk, Metric baseline, double ratio, double target, boolean throughput) {}

  /** What each benchmark class measures: its label, its place in the table and its target. */
  private enum Kind {
    TRILLET(10, true) {
      @Override
      String label(Key key) {
        return key.suffix().equals("WithCallTimeout")
            ? "Trillet list() per call, 60 s call timeout set on both sides"
            : "Trillet list() per call (seed 000)";
      }

      @Override
      int rank(Key key) {
        return key.suffix().isEmpty() ? 0 : 1;
      }

      @Override
      double target(Key key) {
        return key.suffix().isEmpty() ? PER_CALL_TARGET : Double.NaN; // the opt-in row informs
      }
    },
    VOBIZ(20, true) {
      @Override
      String label(Key key) {
        return "Vobiz get() per call (" + key.params().getOrDefault("shape", "?") + " shape)";
      }
    },
    TALKOVER(30, true) {
      @Override
      String label(Key key) {
        return "Talkover listByPhone() per call (seed 004)";
      }
    },
    LARGE_LIST(40, true) {
      @Override
      String label(Key key) {
        return "Trillet list() decode, " + key.params().getOrDefault("size", "?") + " calls";
      }

      @Override
      double target(Key key) {
        return DECODE_TARGET;
      }
    },
    MONITOR_CYCLE(45, true) {
      @Override
      String label(Key key) {
        return "LiveCallMonitor cycle, " + key.params().getOrDefault("size", "?")
            + " live calls across 3 sources, 15% changing";
      }

      @Override
      double target(Key key) {
        return MONITOR_TARGET;
      }
    },
    LOOPBACK_SYNC(50, false) {
      @Override
      String label(Key key) {
        return "Loopback list() sync, " + key.threads() + (key.threads() == 1 ? " caller" : " callers");
      }

      @Override
      double target(Key key) {
        return key.threads() >= 16 ? THROUGHPUT_TARGET : Double.NaN;
      }
    },
    LOOPBACK_ASYNC(60, false) {
      @Override
      String label(Key key) {
        return "Loopback listAsync() vs enqueue, " + key.params().getOrDefault("concurrency", "?")
            + " in flight";
      }

      @Override
      double target(Key key) {
        return Integer.parseInt(key.params().getOrDefault("concurrency", "0")) >= 16
            ? THROUGHPUT_TARGET : Double.NaN;
      }
    },
    COLD_START(70, false) {
      @Override
      String label(Key key) {
        String heap = key.params().getOrDefault("heap", "default");
        return (key.suffix().equals("FirstAnswer")
            ? "Cold start: JVM start to first decoded answer (fresh JVM per run"
            : "Cold start: client build (fresh JVM per run") + ", " + heap + " heap)";
      }

      @Override
      int rank(Key key) {
        return (key.suffix().equals("FirstAnswer") ? 0 : 2) + (defaultHeap(key) ? 0 : 1);
      }

      /**
       * The client build with the default heap informs: the JVM's first collection falls inside
       * it on whichever side first allocates past the initial young generation (see {@link
       * ColdStartBenchmark}), so it is judged with a young generation no run fills.
       */
      @Override
      boolean judgedAgainstLimit(Key key) {
        return !(key.suffix().equals("ClientBuild") && defaultHeap(key));
      }

      private boolean defaultHeap(Key key) {
        return key.params().getOrDefault("heap", "default").equals("default");
      }
    },
    OTHER(90, true) {
      @Override
      String label(Key key) {
        return key.className() + key.suffix() + (key.params().isEmpty() ? "" : " " + key.params());
      }

      @Override
      double target(Key key) {
        return Double.NaN;
      }
    };

    final int order;
    final boolean allocationTarget;

    Kind(int order, boolean allocationTarget) {
      this.order = order;
      this.allocationTarget = allocationTarget;
    }

    abstract String label(Key key);

    /** Orders rows of one kind: by size, callers or in-flight count; legacy before current. */
    int rank(Key key) {
      if (key.params().containsKey("shape")) {
        return "legacy".equals(key.params().get("shape")) ? 0 : 1;
      }
      for (String name : List.of("size", "concurrency")) {
        String value = key.params().get(name);
        if (value != null) {
          return Integer.parseInt(value);
        }
      }
      return key.threads();
    }

    double target(Key key) {
      return PER_CALL_TARGET;
    }

    /** Whether the row's ratio to the limit is held to the limit's target, or only informs. */
    boolean judgedAgainstLimit(Key key) {
      return true;
    }

    static Kind of(Key key) {
      return switch (key.className()) {
        case "TrilletListBenchmark" -> TRILLET;
        case "VobizGetBenchmark" -> VOBIZ;
        case "TalkoverListByPhoneBenchmark" -> TALKOVER;
        case "LargeListBenchmark" -> LARGE_LIST;
        case "MonitorCycleBenchmark" -> MONITOR_CYCLE;
        case "LoopbackBenchmark" -> key.suffix().equals("Async") ? LOOPBACK_ASYNC : LOOPBACK_SYNC;
        case "ColdStartBenchmark" -> COLD_START;
        default -> OTHER;
      };
    }
  }
}
