package dev.activecalls.monitor;

import dev.activecalls.core.Sleeper;
import dev.activecalls.testkit.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Scheduled tasks in simulated time: {@link #runFor} moves the clock to each task's time in turn
 * and runs it on the test's thread, so a started monitor polls deterministically.
 */
final class ManualScheduler implements Sleeper {
  private final SimulatedClock clock;
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private long sequence;

  private record Task(Instant due, long sequence, Runnable run) implements Comparable<Task> {
    @Override
    public int compareTo(Task other) {
      int byTime = due.compareTo(other.due);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  ManualScheduler(SimulatedClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    clock.advance(duration);
  }

  @Override
  public void schedule(Duration duration, Runnable task) {
    tasks.add(new Task(clock.instant().plus(duration), sequence++, task));
  }

  /** Runs every task due within {@code span} from now, in time order, then moves to its end. */
  void runFor(Duration span) {
    Instant end = clock.instant().plus(span);
    while (!tasks.isEmpty() && !tasks.peek().due().isAfter(end)) {
      Task next = tasks.poll();
      clock.set(next.due());
      next.run().run();
    }
    clock.set(end);
  }

  int pending() {
    return tasks.size();
  }
}
