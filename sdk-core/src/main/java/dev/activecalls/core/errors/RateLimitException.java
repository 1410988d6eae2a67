package dev.activecalls.core.errors;

/** HTTP 429: too many requests. Retried automatically while the requested wait is under the policy's cap; {@link #retryAfter()} says how long the vendor asked to wait. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public RateLimitException(ApiError error) {
    super(error);
  }
}
