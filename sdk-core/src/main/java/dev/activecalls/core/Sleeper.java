package dev.activecalls.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. The default sleeps the calling thread for synchronous calls and uses a
 * JDK timer for asynchronous calls, so an async retry holds no thread while it waits. Tests inject
 * their own to record the waits instead of sleeping.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; zero or positive
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Runs {@code task} once after {@code duration}, without blocking the caller or holding a
   * thread while waiting.
   *
   * @param duration how long to wait; zero or positive
   * @param task what to run afterwards; it must not block
   */
  void schedule(Duration duration, Runnable task);

  /**
   * Returns the real sleeper: {@link Thread#sleep(long)} and {@link
   * CompletableFuture#delayedExecutor(long, TimeUnit)}.
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** The real waits. A singleton because it holds no state. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  @Override
  public void schedule(Duration duration, Runnable task) {
    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
        .execute(task);
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
