package dev.activecalls.core.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the {@code fromEnv()} variables, naming any that is missing. */
public final class Environment {
  private Environment() {}

  /**
   * Returns a required variable.
   *
   * @param env looks a variable up ({@code System::getenv} outside tests)
   * @param name the variable, like {@code TRILLET_API_KEY}
   * @return its value
   * @throws IllegalStateException if it is unset or blank; the message names it, never a value
   */
  public static String require(Function<String, @Nullable String> env, String name) {
    String value = env.apply(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Environment variable " + name + " is not set");
    }
    return value.strip();
  }

  /**
   * Returns an optional variable, or null when it is unset or blank.
   *
   * @param env looks a variable up
   * @param name the variable, like {@code TRILLET_BASE_URL}
   * @return its value or null
   */
  public static @Nullable String optional(Function<String, @Nullable String> env, String name) {
    String value = env.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
