package dev.activecalls.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * The vendor did not answer in time: a connect, read, write or whole-call timeout expired. Thrown
 * after the retry policy has given up.
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked and which timeout expired
   * @param cause the timeout reported by the HTTP client, or null
   */
  public ApiTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
