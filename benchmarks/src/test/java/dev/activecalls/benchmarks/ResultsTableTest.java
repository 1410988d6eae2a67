package dev.activecalls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the table pairs SDK and baseline results and computes the ratios as documented. */
class ResultsTableTest {

  @Test
  void pairsTimeAllocationAndThroughputRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "["
        + result("TrilletListBenchmark.sdk", "avgt", 1, "{}", 1100, "ns/op", 2500)
        + "," + result("TrilletListBenchmark.baseline", "avgt", 1, "{}", 1000, "ns/op", 2000)
        + "," + result("TrilletListBenchmark.sdkWithCallTimeout", "avgt", 1, "{}", 2200, "ns/op", 2600)
        + "," + result("TrilletListBenchmark.baselineWithCallTimeout", "avgt", 1, "{}", 2000, "ns/op", 2100)
        + "," + result("LoopbackBenchmark.sdkSync", "thrpt", 16, "{}", 900, "ops/s", -1)
        + "," + result("LoopbackBenchmark.baselineSync", "thrpt", 16, "{}", 1000, "ops/s", -1)
        + "," + result("LargeListBenchmark.sdk", "avgt", 1, "{\"size\":\"10000\"}", 30, "us/op", -1)
        + "," + result("LargeListBenchmark.baseline", "avgt", 1, "{\"size\":\"10000\"}", 40, "us/op", -1)
        + "," + result("LargeListBenchmark.sdk", "avgt", 1, "{\"size\":\"1000\"}", 3, "us/op", -1)
        + "," + result("LargeListBenchmark.baseline", "avgt", 1, "{\"size\":\"1000\"}", 4, "us/op", -1)
        + "]");

    String table = ResultsTable.render(ResultsTable.read(file));

    assertThat(table).contains("| Trillet list() per call (seed 000) | 1,100 ns/op | 1,000 ns/op | 1.100 | <= 1.10 | yes |");
    assertThat(table).contains("| Trillet list() per call (seed 000), allocation | 2,500 B/op | 2,000 B/op | 1.250 | <= 1.25 | yes |");
    assertThat(table).contains(
        "| Trillet list() per call, 60 s call timeout set on both sides | 2,200 ns/op | 2,000 ns/op | 1.100 | - | - |");
    assertThat(table.indexOf("per call (seed 000), allocation")).isLessThan(table.indexOf("60 s call timeout"));
    assertThat(table).contains("| Loopback list() sync, 16 callers | 900 ops/s | 1,000 ops/s | 1.111 |");
    assertThat(table).contains("| NO |");
    assertThat(table.indexOf("decode, 1000 calls")).isLessThan(table.indexOf("decode, 10000 calls"));
    assertThat(table.indexOf("per call (seed 000)")).isLessThan(table.indexOf("decode, 1000 calls"));
  }

  @Test
  void comparesTheSdkWithTheLimitAndWithJackson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "["
        + result("TrilletListBenchmark.sdk", "avgt", 1, "{}", 1040, "ns/op", 2300)
        + "," + result("TrilletListBenchmark.baseline", "avgt", 1, "{}", 1500, "ns/op", 4000)
        + "," + result("TrilletListBenchmark.limit", "avgt", 1, "{}", 1000, "ns/op", 2000)
        + "," + result("TrilletListBenchmark.jackson", "avgt", 1, "{}", 1200, "ns/op", 3000)
        + "," + result("LargeListBenchmark.sdk", "avgt", 1, "{\"size\":\"1000\"}", 1300, "us/op", 1000)
        + "," + result("LargeListBenchmark.baseline", "avgt", 1, "{\"size\":\"1000\"}", 1400, "us/op", 900)
        + "," + result("LargeListBenchmark.limit", "avgt", 1, "{\"size\":\"1000\"}", 1000, "us/op", 1000)
        + "," + result("LargeListBenchmark.jackson", "avgt", 1, "{\"size\":\"1000\"}", 1250, "us/op", 1200)
        + "]");

    String table = ResultsTable.render(ResultsTable.read(file));

    assertThat(table).contains("| Trillet list() per call (seed 000) | 1,040 ns/op | 1,000 ns/op | 1,200 ns/op"
        + " | 1.040 | yes | 0.867 | yes |");
    assertThat(table).contains("| Trillet list() per call (seed 000), allocation | 2,300 B/op | 2,000 B/op"
        + " | 3,000 B/op | 1.150 | NO | 0.767 | - |");
    assertThat(table).contains("| Trillet list() decode, 1000 calls | 1,300 us/op | 1,000 us/op | 1,250 us/op"
        + " | 1.300 | NO | 1.040 | NO |");
    // The first table still pairs only the SDK with the hand-written baseline.
    assertThat(table).contains("| Trillet list() per call (seed 000) | 1,040 ns/op | 1,500 ns/op | 0.693 |");
    assertThat(table.indexOf("per call (seed 000) | 1,040 ns/op | 1,000"))
        .isLessThan(table.indexOf("decode, 1000 calls | 1,300 us/op | 1,000"));
  }

  @Test
  void comparesThroughputAsLimitOverSdkAndShowsColdStartAndTheMonitorPerCall(@TempDir Path dir)
      throws Exception {
    Path jmh = dir.resolve("jmh.json");
    Files.writeString(jmh, "["
        + result("LoopbackBenchmark.sdkSync", "thrpt", 1, "{}", 9800, "ops/s", -1)
        + "," + result("LoopbackBenchmark.baselineSync", "thrpt", 1, "{}", 8000, "ops/s", -1)
        + "," + result("LoopbackBenchmark.limitSync", "thrpt", 1, "{}", 10000, "ops/s", -1)
        + "," + result("LoopbackBenchmark.sdkSync", "thrpt", 16, "{}", 9600, "ops/s", -1)
        + "," + result("LoopbackBenchmark.baselineSync", "thrpt", 16, "{}", 8000, "ops/s", -1)
        + "," + result("LoopbackBenchmark.limitSync", "thrpt", 16, "{}", 10000, "ops/s", -1)
        + "," + result("MonitorCycleBenchmark.sdk", "avgt", 1, "{\"size\":\"100\"}", 10, "us/op", 8000)
        + "," + result("MonitorCycleBenchmark.baseline", "avgt", 1, "{\"size\":\"100\"}", 9, "us/op", 7000)
        + "," + result("MonitorCycleBenchmark.sdk", "avgt", 1, "{\"size\":\"1000\"}", 100, "us/op", 80000)
        + "," + result("MonitorCycleBenchmark.baseline", "avgt", 1, "{\"size\":\"1000\"}", 90, "us/op", 70000)
        + "]");
    // As ColdStartBenchmark writes it: every fresh JVM one iteration, no score field.
    Path coldStart = dir.resolve("cold-start.json");
    Map<String, Map<String, List<Double>>> firstAnswer = new LinkedHashMap<>();
    firstAnswer.put("default", Map.of("sdk", List.of(300.0, 290.0, 310.0), "limit", List.of(280.0, 285.0, 290.0)));
    firstAnswer.put("young 64 MB", Map.of("sdk", List.of(250.0, 260.0, 255.0), "limit", List.of(250.0, 245.0, 240.0)));
    Map<String, Map<String, List<Double>>> clientBuild = new LinkedHashMap<>();
    clientBuild.put("default", Map.of("sdk", List.of(30.0, 31.0, 29.0), "limit", List.of(20.0, 21.0, 22.0)));
    clientBuild.put("young 64 MB", Map.of("sdk", List.of(20.0, 21.0, 22.0), "limit", List.of(20.0, 20.0, 20.0)));
    ColdStartBenchmark.write(coldStart, firstAnswer, clientBuild);
    List<Map<String, Object>> results = new ArrayList<>(ResultsTable.read(jmh));
    results.addAll(ResultsTable.read(coldStart));

    String table = ResultsTable.render(results);

    // Throughput: limit / SDK, so 10,000 / 9,800 = 1.020 meets ">= 0.97x the limit", 1.042 does not.
    assertThat(table).contains("| Loopback list() sync, 1 caller | 9,800 ops/s | 10,000 ops/s | - | 1.020 | yes | - | - |");
    assertThat(table).contains("| Loopback list() sync, 16 callers | 9,600 ops/s | 10,000 ops/s | - | 1.042 | NO | - | - |");
    assertThat(table).contains("| Cold start: JVM start to first decoded answer (fresh JVM per run, default heap)"
        + " | 300 ms/op | 285 ms/op | - | 1.053 | NO | - | - |");
    assertThat(table).contains("| Cold start: JVM start to first decoded answer (fresh JVM per run, young 64 MB"
        + " heap) | 255 ms/op | 245 ms/op | - | 1.041 | yes | - | - |");
    // The default heap's client build informs only: the first collection lands on one side of it.
    assertThat(table).contains("| Cold start: client build (fresh JVM per run, default heap) | 30.00 ms/op"
        + " | 21.00 ms/op | - | 1.429 | - | - | - |");
    assertThat(table).contains("| Cold start: client build (fresh JVM per run, young 64 MB heap) | 21.00 ms/op"
        + " | 20.00 ms/op | - | 1.050 | yes |");
    assertThat(table.indexOf("JVM start to first decoded answer (fresh JVM per run, default"))
        .isLessThan(table.indexOf("JVM start to first decoded answer (fresh JVM per run, young"));
    assertThat(table.indexOf("JVM start to first decoded answer (fresh JVM per run, young"))
        .isLessThan(table.indexOf("client build (fresh JVM per run, default"));
    assertThat(table.indexOf("client build (fresh JVM per run, default"))
        .isLessThan(table.indexOf("client build (fresh JVM per run, young"));
    assertThat(table).contains("| 100 | 10.00 us/op | 0.100 us/call | 8,000 B/op | 80.000 B/call |");
    assertThat(table).contains("| 1,000 | 100 us/op | 0.100 us/call | 80,000 B/op | 80.000 B/call |");
    assertThat(table).contains("LiveCallMonitor cycle, 1000 live calls across 3 sources, 15% changing");
  }

  @Test
  void writesTheTablesBetweenTheMarkersOfTheResultsFileAndKeepsTheRest(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("result.json");
    Files.writeString(json, "[" + result("TrilletListBenchmark.sdk", "avgt", 1, "{}", 1040, "ns/op", -1)
        + "," + result("TrilletListBenchmark.baseline", "avgt", 1, "{}", 1500, "ns/op", -1) + "]");
    Path environment = dir.resolve("environment.txt");
    Files.writeString(environment, "Date: today\n\n");
    Path results = dir.resolve("RESULTS.md");
    Files.writeString(results, "# Results\n\n" + ResultsTable.START + "\nold table\n" + ResultsTable.END
        + "\n\n## Notes\nkept\n");

    ResultsTable.main(new String[] {"--into", results.toString(), "--environment", environment.toString(),
        json.toString()});

    String written = Files.readString(results);
    assertThat(written).startsWith("# Results\n\n" + ResultsTable.START + "\n\nDate: today\n\nratio = SDK cost");
    assertThat(written).contains("| Trillet list() per call (seed 000) | 1,040 ns/op | 1,500 ns/op | 0.693 |");
    assertThat(written).doesNotContain("old table");
    assertThat(written).endsWith(ResultsTable.END + "\n\n## Notes\nkept\n");
    assertThatThrownBy(() -> ResultsTable.replaceGenerated("# no markers\n", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ResultsTable.START);
  }

  private static String result(
      String benchmark, String mode, int threads, String params, double score, String unit, double alloc) {
    String secondary = alloc < 0 ? "{}"
        : "{\"gc.alloc.rate.norm\":{\"score\":" + alloc + ",\"scorePercentiles\":{\"50.0\":" + alloc
            + "},\"scoreUnit\":\"B/op\"}}";
    return "{\"benchmark\":\"dev.activecalls.benchmarks." + benchmark + "\",\"mode\":\"" + mode
        + "\",\"threads\":" + threads + ",\"params\":" + params
        + ",\"primaryMetric\":{\"score\":" + score + ",\"scorePercentiles\":{\"50.0\":" + score
        + "},\"scoreUnit\":\"" + unit + "\"},\"secondaryMetrics\":" + secondary + "}";
  }

  @Test
  void poolsTheIterationsOfEveryForkAndEveryRunOfABenchmark(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Files.writeString(first, "[" + withForks("sdkSync", "[[100, 110], [300]]")
        + "," + withForks("baselineSync", "[[200, 200, 200]]") + "]");
    Files.writeString(second, "[" + withForks("sdkSync", "[[120, 130]]") + "]");

    List<Map<String, Object>> results = new ArrayList<>(ResultsTable.read(first));
    results.addAll(ResultsTable.read(second));
    String table = ResultsTable.render(results);

    // SDK iterations 100, 110, 120, 130, 300: median 120, against the baseline's 200. Pooled from
    // two files, the windows have no partners, so the medians are compared.
    assertThat(table).contains("| Loopback list() sync, 16 callers | 120 ops/s | 200 ops/s | 1.667 |");
  }

  @Test
  void readsTheLoopbackWindowsAsLoopbackBenchmarkWritesThemAndTakesTheirRatioRoundByRound(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("loopback.json");
    JmhJson json = new JmhJson();
    // Two JVMs. In the first the host ran slower during the SDK's windows of rounds 2 and 3 only;
    // the second ran every side slower.
    LoopbackBenchmark.add(json, "async", 16, "sdk", List.of(List.of(1000.0, 600.0, 600.0), List.of(500.0, 500.0)));
    LoopbackBenchmark.add(json, "async", 16, "baseline", List.of(List.of(900.0, 900.0, 900.0), List.of(450.0, 450.0)));
    LoopbackBenchmark.add(json, "async", 16, "limit", List.of(List.of(1010.0, 1010.0, 1010.0), List.of(505.0, 505.0)));
    LoopbackBenchmark.add(json, "sync", 64, "sdk", List.of(List.of(500.0)));
    LoopbackBenchmark.add(json, "sync", 64, "baseline", List.of(List.of(400.0)));
    LoopbackBenchmark.add(json, "sync", 64, "limit", List.of(List.of(510.0)));
    json.write(file);

    String table = ResultsTable.render(ResultsTable.read(file));

    // Medians of the windows: SDK 600, baseline 900, limit 1,010. The ratios are round by round:
    // baseline / SDK 0.9, 1.5, 1.5, 0.9, 0.9 (median 0.9, not 900 / 600 = 1.5) and limit / SDK
    // 1.01, 1.683, 1.683, 1.01, 1.01 (median 1.01, not 1,010 / 600 = 1.683).
    assertThat(table).contains("| Loopback listAsync() vs enqueue, 16 in flight | 600 ops/s | 900 ops/s | 0.900 |"
        + " thrpt >= 0.95x (ratio <= 1.053) | yes |");
    assertThat(table).contains(
        "| Loopback listAsync() vs enqueue, 16 in flight | 600 ops/s | 1,010 ops/s | - | 1.010 | yes |");
    assertThat(table).contains("| Loopback list() sync, 64 callers | 500 ops/s | 510 ops/s | - | 1.020 | yes |");
    assertThat(table).contains("the median of the round-by-round ratios");
    assertThat(table.indexOf("Loopback list() sync, 64")).isLessThan(table.indexOf("Loopback listAsync()"));
  }

  @Test
  void comparesLoopbackWindowsThatCannotBePairedByTheirMedians(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("loopback.json");
    JmhJson json = new JmhJson();
    // The SDK's second JVM reported one window fewer, so no window has a sure partner.
    LoopbackBenchmark.add(json, "sync", 1, "sdk", List.of(List.of(1000.0, 600.0, 600.0), List.of(500.0)));
    LoopbackBenchmark.add(json, "sync", 1, "baseline", List.of(List.of(900.0, 900.0, 540.0), List.of(450.0, 450.0, 450.0)));
    LoopbackBenchmark.add(json, "sync", 1, "limit", List.of(List.of(1010.0, 1010.0, 606.0), List.of(505.0, 505.0, 505.0)));
    json.write(file);

    String table = ResultsTable.render(ResultsTable.read(file));

    // Medians: SDK 600 (of 500, 600, 600, 1000), baseline 495, limit 555.5.
    assertThat(table).contains("| Loopback list() sync, 1 caller | 600 ops/s | 556 ops/s | - | 0.926 | yes |");
    assertThat(table).contains("| Loopback list() sync, 1 caller | 600 ops/s | 495 ops/s | 0.825 | - | - |");
  }

  @Test
  void readsThePerCallWindowsAsSideBySideBenchmarkWritesThemAndTakesTheirRatioRoundByRound(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("side-by-side.json");
    JmhJson json = new JmhJson();
    SideBySideBenchmark.Config trillet = new SideBySideBenchmark.Config("TrilletListBenchmark", null, null, 50, 1, 3);
    // One JVM, three rounds; the host slowed down in rounds 2 and 3, for the SDK in both, for the
    // limit and Jackson in round 2 only.
    SideBySideBenchmark.add(json, trillet, "sdk", List.of(List.of(2600.0, 5200.0, 5200.0)),
        List.of(List.of(5000.0, 5000.0, 5000.0)));
    SideBySideBenchmark.add(json, trillet, "baseline", List.of(List.of(3900.0, 7800.0, 3900.0)),
        List.of(List.of(10000.0, 10000.0, 10000.0)));
    SideBySideBenchmark.add(json, trillet, "limit", List.of(List.of(2500.0, 5000.0, 2500.0)),
        List.of(List.of(4800.0, 4800.0, 4800.0)));
    SideBySideBenchmark.add(json, trillet, "jackson", List.of(List.of(4000.0, 8000.0, 4000.0)),
        List.of(List.of(20000.0, 20000.0, 20000.0)));
    SideBySideBenchmark.Config decode = new SideBySideBenchmark.Config("LargeListBenchmark", "size", "10000", 200, 1, 1);
    SideBySideBenchmark.add(json, decode, "sdk", List.of(List.of(16.0)), List.of(List.of(1.7e7)));
    SideBySideBenchmark.add(json, decode, "limit", List.of(List.of(16.5)), List.of(List.of(1.7e7)));
    json.write(file);

    String table = ResultsTable.render(ResultsTable.read(file));

    // Round by round: SDK / limit 1.04, 1.04, 2.08 (median 1.04, where the medians give 5,200 /
    // 2,500 = 2.08); SDK / baseline 0.667, 0.667, 1.333; allocation has no rounds to pair: its
    // medians, 5,000 / 4,800. Jackson is compared by medians: 5,200 / 4,000.
    assertThat(table).contains("| Trillet list() per call (seed 000) | 5,200 ns/op | 3,900 ns/op | 0.667 | <= 1.10 | yes |");
    assertThat(table).contains("| Trillet list() per call (seed 000), allocation | 5,000 B/op | 10,000 B/op | 0.500 |");
    assertThat(table).contains(
        "| Trillet list() per call (seed 000) | 5,200 ns/op | 2,500 ns/op | 4,000 ns/op | 1.040 | yes | 1.300 | NO |");
    assertThat(table).contains(
        "| Trillet list() per call (seed 000), allocation | 5,000 B/op | 4,800 B/op | 20,000 B/op | 1.042 | yes |");
    assertThat(table).contains("| Trillet list() decode, 10000 calls | 16.00 us/op | 16.50 us/op | - | 0.970 | yes |");
  }

  @Test
  void comparesJmhForksByTheirMediansEvenWhenTheirShapesMatch(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("jmh.json");
    // Plain JMH results: each side's forks ran in JVMs of their own, so iteration i of one side
    // has no partner in the other's, however many there are.
    Files.writeString(file, "[" + withForks("sdkSync", "[[100, 300, 300]]") + ","
        + withForks("baselineSync", "[[100, 100, 200]]") + "]");

    String table = ResultsTable.render(ResultsTable.read(file));

    assertThat(table).contains("| Loopback list() sync, 16 callers | 300 ops/s | 100 ops/s | 0.333 |");
  }

  @Test
  void everyLoopbackSideRunsAtEveryPlaceOnceInThreeRounds() {
    for (int place = 0; place < 3; place++) {
      List<Integer> sides = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        sides.add(LoopbackChild.sideAt(round, place));
      }
      assertThat(sides).containsExactlyInAnyOrder(0, 1, 2);
    }
    for (int round = 0; round < 3; round++) {
      assertThat(List.of(LoopbackChild.sideAt(round, 0), LoopbackChild.sideAt(round, 1), LoopbackChild.sideAt(round, 2)))
          .containsExactlyInAnyOrder(0, 1, 2);
    }
  }

  private static String withForks(String method, String rawData) {
    return "{\"benchmark\":\"dev.activecalls.benchmarks.LoopbackBenchmark." + method
        + "\",\"mode\":\"thrpt\",\"threads\":16,\"params\":{},\"primaryMetric\":{\"score\":1,"
        + "\"scorePercentiles\":{\"50.0\":1},\"scoreUnit\":\"ops/s\",\"rawData\":" + rawData
        + "},\"secondaryMetrics\":{}}";
  }
}
