package dev.activecalls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.CallEvent;
import dev.activecalls.monitor.LiveCallMonitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that both sides of {@link MonitorCycleBenchmark} see the same calls and report alike. */
class MonitorCycleFairnessTest {

  @Test
  void bothSidesReportTheSameEventsEveryCycle() {
    List<Object> sdkEvents = new ArrayList<>();
    List<Object> baselineEvents = new ArrayList<>();
    MonitorCycleBenchmark.Baseline baseline =
        new MonitorCycleBenchmark.Baseline(MonitorCycleBenchmark.sources(1000, MonitorCycleBenchmark.SEED));
    try (LiveCallMonitor monitor = MonitorCycleBenchmark.monitorOver(
        MonitorCycleBenchmark.sources(1000, MonitorCycleBenchmark.SEED), sdkEvents::add)) {
      for (int cycle = 0; cycle < 4; cycle++) {
        sdkEvents.clear();
        baselineEvents.clear();
        List<CallView> sdkCalls = monitor.pollNow().calls();
        List<CallView> baselineCalls = baseline.cycle(baselineEvents::add);

        assertThat(sdkCalls).isEqualTo(baselineCalls);
        assertThat(sdkCalls).extracting(CallView::vendor).containsOnly("trillet", "vobiz", "talkover");
        assertThat(monitor.snapshot().sources()).hasSize(3);
        assertThat(sdkEvents).hasSameSizeAs(baselineEvents);
        if (cycle > 0) {
          assertThat(sdkEvents).hasSize(150); // 50 changed, 50 ended, 50 started
          assertThat(sdkEvents).filteredOn(CallEvent.Changed.class::isInstance).hasSize(50);
        }
      }
    }
  }
}
