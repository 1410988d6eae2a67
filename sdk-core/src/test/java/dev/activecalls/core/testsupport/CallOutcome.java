package dev.activecalls.core.testsupport;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a call ended in: the value it returned, or anything it threw (an {@link Error} too).
 *
 * @param value what the call returned; null if it threw
 * @param error what the call threw; null if it returned
 */
public record CallOutcome(@Nullable Object value, @Nullable Throwable error) {
  /**
   * Makes {@code call} and catches whatever it throws: anything but an SDK exception is a finding,
   * so nothing is let through.
   *
   * @param call the call to make
   * @return what it ended in
   */
  static CallOutcome of(Supplier<@Nullable Object> call) {
    try {
      return new CallOutcome(call.get(), null);
    } catch (Throwable e) {
      return new CallOutcome(null, e);
    }
  }
}
