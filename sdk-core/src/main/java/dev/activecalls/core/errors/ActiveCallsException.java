package dev.activecalls.core.errors;

import dev.activecalls.core.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception an activecalls-java client throws for a failed call. Catch this to
 * handle all SDK failures in one place; catch a subclass to react to one meaning. The message is
 * at most 1,999 characters, with control characters and line separators escaped, so logging it
 * can neither flood a log nor forge a line.
 */
public class ActiveCallsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message what went wrong, for people; never contains a credential. Cut to 1,999
   *     characters, with control characters escaped
   * @param cause the underlying failure, or null
   */
  public ActiveCallsException(String message, @Nullable Throwable cause) {
    super(Text.message(message), cause);
  }
}
