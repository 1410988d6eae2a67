package dev.activecalls.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when told to, for deterministic call durations and
 * timestamps. Give it to a fake ({@code FakeTrillet.builder().clock(clock)}) or let a {@link
 * CallScenario} drive it. Thread-safe; clocks from {@link #withZone(ZoneId)} share its time.
 */
public final class SimulatedClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock standing at an instant, in UTC.
   *
   * @param start the initial instant
   * @return the clock
   */
  public static SimulatedClock at(Instant start) {
    return new SimulatedClock(new AtomicReference<>(Objects.requireNonNull(start, "start")),
        ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far, zero or more
   * @return the new instant
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("by must not be negative: " + by);
    }
    return now.updateAndGet(t -> t.plus(by));
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Returns the current simulated instant.
   *
   * @return the instant
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Returns the zone used to convert the instant to dates and times.
   *
   * @return the zone, UTC unless made with {@link #withZone(ZoneId)}
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock with another zone that shares this clock's time: advancing either moves
   * both.
   *
   * @param newZone the zone
   * @return the clock
   */
  @Override
  public SimulatedClock withZone(ZoneId newZone) {
    return new SimulatedClock(now, Objects.requireNonNull(newZone, "zone"));
  }

  /**
   * Returns a description with the current instant.
   *
   * @return e.g. {@code SimulatedClock[2025-01-01T09:00:00Z]}
   */
  @Override
  public String toString() {
    return "SimulatedClock[" + now.get() + "]";
  }
}
