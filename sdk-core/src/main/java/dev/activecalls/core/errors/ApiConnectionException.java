package dev.activecalls.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer came from the vendor: the connection failed, was reset, or the call was
 * cancelled or interrupted. Thrown after the retry policy has given up.
 */
public class ApiConnectionException extends ActiveCallsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked and what failed
   * @param cause the I/O failure, or null
   */
  public ApiConnectionException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
