package dev.activecalls.core.testsupport;

import dev.activecalls.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} for tests: records every wait and never sleeps. Scheduled tasks run at once on
 * the calling thread, or are held back with {@link #holdScheduled()} so a test can act during the
 * "wait" (for example, cancel) and then {@link #runHeld()}.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<Runnable> held = new CopyOnWriteArrayList<>();
  private volatile boolean hold;

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public void schedule(Duration duration, Runnable task) {
    waits.add(duration);
    if (hold) {
      synchronized (this) {
        held.add(task);
        notifyAll();
      }
    } else {
      task.run();
    }
  }

  /** Makes later scheduled tasks wait for {@link #runHeld()}. */
  public RecordingSleeper holdScheduled() {
    hold = true;
    return this;
  }

  /** Runs the held tasks now, on the calling thread. */
  public void runHeld() {
    List<Runnable> tasks = List.copyOf(held);
    held.clear();
    tasks.forEach(Runnable::run);
  }

  /**
   * Waits until at least {@code count} tasks are held: an async retry is scheduled from OkHttp's
   * dispatcher thread, so a test must wait for the hand-over before acting on it.
   *
   * @param count how many held tasks to wait for
   * @param timeout how long to wait at most
   * @throws AssertionError if fewer are held when the timeout expires
   */
  public void awaitHeld(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (held.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " held retries, got " + held.size());
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  /** Returns the number of tasks waiting for {@link #runHeld()}. */
  public int heldCount() {
    return held.size();
  }

  /** Returns every wait asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
