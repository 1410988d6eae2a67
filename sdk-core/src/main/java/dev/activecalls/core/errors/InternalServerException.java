package dev.activecalls.core.errors;

/** HTTP 5xx: the vendor failed. 500, 502, 503 and 504 are retried automatically before this is thrown. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public InternalServerException(ApiError error) {
    super(error);
  }
}
