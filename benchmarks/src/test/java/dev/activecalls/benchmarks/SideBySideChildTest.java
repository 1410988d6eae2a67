package dev.activecalls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.trillet.ActiveCallList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Checks that the side-by-side JVM runs each benchmark's four sides as their JMH methods, in fair turns. */
class SideBySideChildTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "TrilletListBenchmark, -, 1", "VobizGetBenchmark, legacy, 1", "VobizGetBenchmark, current, 1",
      "TalkoverListByPhoneBenchmark, -, 1", "LargeListBenchmark, 1000, 1000"})
  void everySideDecodesTheSameNumberOfCalls(String benchmark, String parameter, int calls) throws Exception {
    SideBySideChild.Sides sides = SideBySideChild.sides(benchmark, parameter);
    try {
      assertThat(sides.calls()).hasSize(SideBySideChild.SIDES.size());
      for (SideBySideChild.Call call : sides.calls()) {
        Object answer = call.run();
        assertThat(answer).isNotNull();
        assertThat(size(answer)).isEqualTo(calls);
      }
    } finally {
      sides.close().run();
    }
  }

  @Test
  void anUnknownBenchmarkIsRefusedByName() {
    assertThatThrownBy(() -> SideBySideChild.sides("MonitorCycleBenchmark", "100"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MonitorCycleBenchmark");
  }

  @Test
  void everySideRunsAtEveryPlaceOnceInFourRounds() {
    int count = SideBySideChild.SIDES.size();
    for (int place = 0; place < count; place++) {
      List<Integer> sides = new ArrayList<>();
      for (int round = 0; round < count; round++) {
        sides.add(SideBySideChild.sideAt(round, place));
      }
      assertThat(sides).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
    for (int round = 0; round < count; round++) {
      List<Integer> order = new ArrayList<>();
      for (int place = 0; place < count; place++) {
        order.add(SideBySideChild.sideAt(round, place));
      }
      assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
  }

  /** How many calls one side's answer holds: a list's, or one for a single call (Vobiz's get). */
  private static int size(Object answer) {
    if (answer instanceof ActiveCallList list) {
      return list.data().size();
    }
    if (answer instanceof TrilletBaseline.CallList list) {
      return list.data().size();
    }
    if (answer instanceof Collection<?> collection) {
      return collection.size();
    }
    return 1;
  }
}
