package dev.activecalls.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Single-threaded calls made before a loopback benchmark's warm-up iterations. With 16 or 64
 * busy threads on two cores the JIT compiler threads get little CPU and the code takes 15 s or
 * more to reach its steady state; calling from one thread first, while the CPU is free, gets there
 * in a few seconds. Only the side being measured is warmed, for the same time on every side.
 */
public final class Prewarm {
  /** How long the single-threaded warm-up lasts. */
  public static final long NANOS = TimeUnit.SECONDS.toNanos(4);

  private Prewarm() {}

  /** One call of the side being warmed. */
  @FunctionalInterface
  public interface Call {
    /**
     * Makes one call and waits for its result.
     *
     * @throws Exception if the call fails
     */
    void run() throws Exception;
  }

  /**
   * Returns the side a benchmark method measures: the start of its name, {@code sdk}, {@code
   * baseline} or {@code limit}.
   *
   * @param params the running benchmark's parameters
   * @return the side's name
   */
  public static String side(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    for (String side : new String[] {"sdk", "baseline", "limit"}) {
      if (method.startsWith(side)) {
        return side;
      }
    }
    throw new IllegalArgumentException("not an sdk, baseline or limit method: " + benchmark);
  }

  /**
   * Calls {@code call} over and over for {@link #NANOS}.
   *
   * @param call one call
   * @throws Exception if a call fails
   */
  public static void run(Call call) throws Exception {
    long end = System.nanoTime() + NANOS;
    while (System.nanoTime() < end) {
      call.run();
    }
  }
}
