package dev.activecalls.core.internal;

import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.RequestBudget;
import java.time.Clock;
import java.util.Objects;

/**
 * What every vendor's {@link CallSource} shares: its name, vendor and budget, the clock its
 * derived times come from, and the options its requests are sent with (no retries: the monitor's
 * next poll is the retry, and a retry's wait would hold the monitor's thread).
 */
public abstract class VendorCallSource implements CallSource {
  /** The options of every poll request: the client's settings, without retries. */
  protected static final RequestOptions POLL = RequestOptions.builder().maxRetries(0).build();

  private final String name;
  private final String vendor;
  private final RequestBudget budget;
  private final Clock clock;

  /**
   * Creates the source.
   *
   * @param name the source's name
   * @param vendor the vendor's short name
   * @param budget the requests the vendor allows
   * @param clock the client's clock, for the durations derived from start times
   * @throws IllegalArgumentException if {@code name} is blank
   */
  protected VendorCallSource(String name, String vendor, RequestBudget budget, Clock clock) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = name;
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String vendor() {
    return vendor;
  }

  @Override
  public final RequestBudget budget() {
    return budget;
  }

  /**
   * Returns the client's clock.
   *
   * @return the clock
   */
  protected final Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + budget.requests() + " requests per "
        + budget.per() + "]";
  }
}
