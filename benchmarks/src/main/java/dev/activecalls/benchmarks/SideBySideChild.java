package dev.activecalls.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One fresh JVM of {@link SideBySideBenchmark}: the sides of one per-call or decode benchmark (the
 * SDK, the hand-written baseline, the limit and Jackson, each exactly as its JMH method calls it)
 * take turns in this JVM, one window each per round, on one thread.
 *
 * <p>Round {@code r} runs the sides in the order rotated by {@code r}, so each holds each place
 * equally often. The warm-up rounds, unreported, are rounds like the others: every side is
 * compiled while the others run too, so no side's code is compiled for a JVM that ran only it.
 * Each side is called through the same interface call, which sees all four sides and so inlines
 * none of them: the few nanoseconds of that call are the same on every side.
 *
 * <p>Usage: {@code SideBySideChild <benchmark class> <parameter value or -> <warm-up rounds>
 * <rounds> <window ms>}. Prints one line per measured window: the side, its nanoseconds per call
 * and the bytes it allocated per call, like {@code sdk 2612.4 5120.0}.
 */
public final class SideBySideChild {
  /** The sides, by the names the results use; a window's side is its index here. */
  static final List<String> SIDES = List.of("sdk", "baseline", "limit", "jackson");

  /** One side's call, as its JMH method makes it. */
  @FunctionalInterface
  interface Call {
    /**
     * Makes one call.
     *
     * @return the decoded answer
     * @throws Exception if the call fails
     */
    Object run() throws Exception;
  }

  /** A benchmark's sides, in {@link #SIDES} order, and how to close its clients. */
  record Sides(List<Call> calls, Runnable close) {}

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  /**
   * Where each answer goes. A plain field is enough to keep every call: the call is not inlined
   * (see above), so the compiler cannot know it has no other effect; a volatile one would add a
   * fence to every call.
   */
  private @Nullable Object last;

  private SideBySideChild() {}

  /**
   * Runs the sides' windows and prints each measured one.
   *
   * @param args the benchmark class's simple name, its parameter's value ({@code -} for none),
   *     warm-up rounds, rounds, window in milliseconds
   * @throws Exception if a call fails
   */
  public static void main(String[] args) throws Exception {
    Sides sides = sides(args[0], args[1]);
    int warmUpRounds = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    long windowNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[4]));
    SideBySideChild child = new SideBySideChild();
    try {
      StringBuilder out = new StringBuilder();
      for (int round = 0; round < warmUpRounds + rounds; round++) {
        for (int place = 0; place < SIDES.size(); place++) {
          int side = sideAt(round, place);
          double[] measured = child.window(sides.calls().get(side), windowNanos);
          if (round >= warmUpRounds) {
            out.append(String.format(Locale.ROOT, "%s %.1f %.1f%n", SIDES.get(side), measured[0], measured[1]));
          }
        }
      }
      System.out.print(out); // printed at the end, so that no window waits on the pipe
    } finally {
      sides.close().run();
    }
    System.out.flush();
    System.exit(0); // do not wait for OkHttp's idle threads
  }

  /**
   * Returns the sides of {@code benchmark}, set up as JMH sets it up.
   *
   * @param benchmark the JMH class's simple name
   * @param parameter the value of its one {@code @Param}, or {@code -}
   * @return its sides
   * @throws IllegalArgumentException for a benchmark this class does not run
   */
  static Sides sides(String benchmark, String parameter) {
    switch (benchmark) {
      case "TrilletListBenchmark" -> {
        TrilletListBenchmark b = new TrilletListBenchmark();
        b.setUp();
        return new Sides(List.of(b::sdk, b::baseline, b::limit, b::jackson), b::tearDown);
      }
      case "VobizGetBenchmark" -> {
        VobizGetBenchmark b = new VobizGetBenchmark();
        b.shape = parameter;
        b.setUp();
        return new Sides(List.of(b::sdk, b::baseline, b::limit, b::jackson), b::tearDown);
      }
      case "TalkoverListByPhoneBenchmark" -> {
        TalkoverListByPhoneBenchmark b = new TalkoverListByPhoneBenchmark();
        b.setUp();
        return new Sides(List.of(b::sdk, b::baseline, b::limit, b::jackson), b::tearDown);
      }
      case "LargeListBenchmark" -> {
        LargeListBenchmark b = new LargeListBenchmark();
        b.size = Integer.parseInt(parameter);
        b.setUp();
        return new Sides(List.of(b::sdk, b::baseline, b::limit, b::jackson), b::tearDown);
      }
      default -> throw new IllegalArgumentException("no sides for benchmark " + benchmark);
    }
  }

  /**
   * Returns the side that runs at {@code place} in round {@code round}: the order rotates by one
   * each round.
   *
   * @param round the round, from 0
   * @param place the place in the round, from 0
   * @return an index into {@link #SIDES}
   */
  static int sideAt(int round, int place) {
    return (round + place) % SIDES.size();
  }

  /**
   * Calls {@code call} until {@code nanos} have passed (at least once) and returns {nanoseconds
   * per call, bytes allocated per call}, the bytes as this thread's allocation counter reads them
   * (a canned call runs on the calling thread, as in JMH).
   */
  private double[] window(Call call, long nanos) throws Exception {
    long bytesBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    long deadline = start + nanos;
    long calls = 0;
    long now;
    do {
      last = call.run();
      calls++;
      now = System.nanoTime();
    } while (now - deadline < 0);
    long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
    return new double[] {(now - start) / (double) calls, bytes / (double) calls};
  }
}
