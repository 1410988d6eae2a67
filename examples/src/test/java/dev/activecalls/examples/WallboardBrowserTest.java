package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.MonitorSnapshot;
import dev.activecalls.testkit.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The wallboard in a real headless Chromium: the page loads without a console error, shows the
 * scenario's calls, follows the monitor as simulated time moves, drops a call ended through a
 * fake within a few seconds, and shows a failing source as stale. The test moves the simulated
 * clock itself, so only the browser's rendering is waited for. Saves {@code target/wallboard.png}
 * and prints how fast the page was.
 */
class WallboardBrowserTest {
  /** "Within a few seconds": how long the page may take to show a change. */
  private static final Duration FEW_SECONDS = Duration.ofSeconds(5);
  private static final String ROWS =
      "JSON.stringify([...document.querySelectorAll('#calls tbody tr')].map(row => row.dataset.key).sort())";

  @Test
  void theWallboardFollowsTheMonitorInARealBrowser() throws Exception {
    try (Wallboard board = Wallboard.start(Wallboard.Options.parse(), name -> null);
        HeadlessChromium chrome = HeadlessChromium.launch(1280, 720)) {
      OfflineVendors offline = Objects.requireNonNull(board.offline());

      // Loads, and shows the scenario's live calls.
      long navigating = System.nanoTime();
      chrome.navigate(board.url().toString());
      List<String> before = keys(board.snapshot());
      assertThat(before).hasSizeGreaterThan(5);
      awaitRows(chrome, before);
      double loadMs = millisSince(navigating);
      double firstRender = (Double) Objects.requireNonNull(chrome.await("window.wallboard.firstRender",
          Objects::nonNull, FEW_SECONDS));
      assertThat(chrome.evaluate("document.getElementById('total').textContent")).isEqualTo(
          String.valueOf(before.size()));
      assertThat((String) chrome.evaluate("document.getElementById('counts').textContent"))
          .contains("trillet" + count(board.snapshot(), "trillet"), "vobiz" + count(board.snapshot(), "vobiz"),
              "talkover" + count(board.snapshot(), "talkover"));
      assertThat((String) chrome.evaluate("document.querySelector('#calls tbody td.dur').textContent"))
          .matches("\\d+:\\d\\d");

      // A simulated minute: calls start, change and end, and the page follows.
      for (int i = 0; i < 12; i++) {
        board.tick();
      }
      List<String> later = keys(board.snapshot());
      assertThat(later).as("the scenario moved").isNotEqualTo(before);
      awaitRows(chrome, later);

      // A call that starts is on screen, highlighted.
      String started = "trillet/call-wallboard-test";
      offline.trillet().addCall(c -> c.roomName("call-wallboard-test").aiAgentName("Wallboard Agent")
          .customerPhone("+14155550123"));
      long polled = System.nanoTime();
      board.pollNow();
      chrome.await(has(started), Boolean.TRUE::equals, FEW_SECONDS);
      double startSeenMs = millisSince(polled);
      double startLatency = latency(chrome, started);
      assertThat(chrome.evaluate(row(started) + ".className")).isEqualTo("fresh");
      assertThat(chrome.evaluate(row(started) + ".cells[2].textContent")).isEqualTo("Wallboard Agent");

      // A call ended through the fake disappears within a few seconds.
      CallView ended = board.snapshot().calls().stream().filter(c -> c.vendor().equals("vobiz")).findFirst()
          .orElseThrow();
      String endedKey = "vobiz/" + ended.callId();
      assertThat(chrome.evaluate(has(endedKey))).isEqualTo(true);
      offline.vobiz().endCall(ended.callId());
      polled = System.nanoTime();
      board.pollNow();
      chrome.await(has(endedKey), Boolean.FALSE::equals, FEW_SECONDS);
      double endSeenMs = millisSince(polled);
      double endLatency = latency(chrome, endedKey);

      // A fault injected into one fake shows that source as stale, and its calls dimmed.
      offline.trillet().enqueue(Fault.status(503));
      board.pollNow();
      String pill = "document.querySelector('#sources [data-source=\"trillet\"]')";
      chrome.await(pill + ".className", "pill stale"::equals, FEW_SECONDS);
      assertThat((String) chrome.evaluate(pill + ".textContent")).startsWith("trillet FAILING · last seen");
      assertThat(chrome.evaluate(row(started) + ".classList.contains('stale')")).isEqualTo(true);
      assertThat(chrome.evaluate("document.querySelector('#sources [data-source=\"vobiz\"]').className"))
          .isEqualTo("pill ok");
      awaitRows(chrome, keys(board.snapshot())); // its calls stay: a failing source ends nothing
      Path screenshot = Path.of("target", "wallboard.png");
      Files.createDirectories(screenshot.getParent());
      Files.write(screenshot, chrome.screenshot());

      // It recovers.
      board.pollNow();
      chrome.await(pill + ".className", "pill ok"::equals, FEW_SECONDS);

      assertThat(chrome.errors()).as("console errors and exceptions").isEmpty();
      System.out.printf("Wallboard in Chromium: page load %.0f ms (navigation to first table, in-page %.0f ms);"
          + " event to screen: started %.1f ms, ended %.1f ms (seen by the test after the poll: %.0f ms,"
          + " %.0f ms); screenshot %s%n", loadMs, firstRender, startLatency, endLatency, startSeenMs, endSeenMs,
          screenshot.toAbsolutePath());
    }
  }

  /** Waits until the table's rows are the monitor's calls, no more and no fewer. */
  private static void awaitRows(HeadlessChromium chrome, List<String> expected) {
    String json = json(expected.stream().sorted().toList());
    chrome.await(ROWS, json::equals, FEW_SECONDS);
  }

  /**
   * Returns how long after the server sent the event about {@code key} the page had it on screen,
   * as the page measured it.
   */
  private static double latency(HeadlessChromium chrome, String key) {
    Map<?, ?> last = (Map<?, ?>) Objects.requireNonNull(chrome.await("window.wallboard.last",
        value -> value instanceof Map<?, ?> map && key.equals(map.get("key")), FEW_SECONDS));
    return (Double) last.get("ms");
  }

  private static String row(String key) {
    return "document.querySelector('#calls tr[data-key=" + quoted(key) + "]')";
  }

  private static String has(String key) {
    return "(" + row(key) + " !== null)";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> keys(MonitorSnapshot snapshot) {
    return snapshot.calls().stream().map(call -> call.sourceName() + "/" + call.callId()).toList();
  }

  private static long count(MonitorSnapshot snapshot, String vendor) {
    return snapshot.calls().stream().filter(call -> call.vendor().equals(vendor)).count();
  }

  /** The JSON the page's JSON.stringify gives for a list of strings. */
  private static String json(List<String> values) {
    return values.stream().map(WallboardBrowserTest::quoted).reduce((a, b) -> a + "," + b)
        .map(body -> "[" + body + "]").orElse("[]");
  }

  private static double millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e6;
  }
}
