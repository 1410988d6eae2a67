package dev.activecalls.core.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import dev.activecalls.core.errors.ActiveCallsException;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Contract breaches by kind (list indexes count as one kind); each kind keeps its count and the
 * try with the shortest description, so a report stays short however many tries break.
 */
final class GroupedFailures {
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, String> examples = new TreeMap<>();

  /**
   * Records one breach.
   *
   * @param what the breach, as a violation line
   * @param hostile the try that broke the contract
   * @param seed the try's seed
   * @param error what the call threw, or null if it returned
   */
  void add(String what, HostileCase hostile, long seed, @Nullable Throwable error) {
    String kind = what.replaceAll("\\[\\d+]", "[i]");
    String example = hostile.describe(seed) + (error == null ? "" : "\n      " + trace(error));
    counts.merge(kind, 1, Integer::sum);
    examples.merge(kind, example, (old, now) -> now.length() < old.length() ? now : old);
  }

  /** Returns each kind with its count and its example, or "" if there are none. */
  String summary() {
    StringBuilder out = new StringBuilder();
    counts.forEach((kind, count) -> out.append("\n  ").append(kind).append(" (").append(count)
        .append(" tries), e.g.\n    ").append(examples.get(kind)));
    return out.toString();
  }

  /**
   * Fails with the {@link #summary()} if any breach was recorded.
   *
   * @param read how the report names the read, like {@code list()}
   */
  void assertNone(String read) {
    if (!counts.isEmpty()) {
      fail(read + " broke its contract in " + counts.size() + " way(s):" + summary());
    }
  }

  /** Returns the error and its causes, with the top frames of anything but an SDK exception. */
  private static String trace(Throwable error) {
    StringBuilder out = new StringBuilder(Excerpt.of(error.toString(), 300));
    StackTraceElement[] frames = error.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 8) && !(error instanceof ActiveCallsException); i++) {
      out.append("\n        at ").append(frames[i]);
    }
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      out.append("\n      caused by ").append(Excerpt.of(cause.toString(), 200));
    }
    return out.toString();
  }
}
