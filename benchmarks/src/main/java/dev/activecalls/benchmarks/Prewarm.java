package dev.activecalls.benchmarks;

import java.util.concurrent.TimeUnit;

/**
 * Single-threaded calls made before the loopback benchmark's warm-up rounds. With 16 or 64 busy
 * threads on two cores the JIT compiler threads get little CPU and the code takes 15 s or more to
 * reach its steady state; calling from one thread first, while the CPU is free, gets there in a
 * few seconds. Every side is warmed so, for the same time.
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
