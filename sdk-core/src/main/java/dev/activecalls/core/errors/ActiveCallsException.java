package dev.activecalls.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception an activecalls-java client throws for a failed call. Catch this to
 * handle all SDK failures in one place; catch a subclass to react to one meaning.
 */
public class ActiveCallsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message what went wrong, for people; never contains a credential
   * @param cause the underlying failure, or null
   */
  public ActiveCallsException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
