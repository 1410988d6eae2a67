package dev.activecalls.core.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.errors.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The result of one attempt: a response, or a failure and whether it may be retried; {@code
 * unanswered} when no answer came (an I/O failure or a timeout) after the connection was made,
 * so the request may or may not have reached the server.
 */
record Outcome<T>(
    @Nullable ApiResponse<T> response,
    @Nullable RuntimeException failure,
    boolean retryable,
    @Nullable ApiException apiError,
    boolean unanswered) {

  static <T> Outcome<T> succeeded(ApiResponse<T> response) {
    return new Outcome<>(response, null, false, null, false);
  }

  static <T> Outcome<T> failed(RuntimeException failure, boolean retryable, @Nullable ApiException apiError) {
    return new Outcome<>(null, failure, retryable, apiError, false);
  }

  static <T> Outcome<T> unanswered(RuntimeException failure, boolean retryable) {
    return new Outcome<>(null, failure, retryable, null, true);
  }

  @Override
  public RuntimeException failure() {
    if (failure == null) {
      throw new IllegalStateException("succeeded");
    }
    return failure;
  }
}
