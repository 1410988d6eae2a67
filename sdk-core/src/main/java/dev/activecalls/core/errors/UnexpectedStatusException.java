package dev.activecalls.core.errors;

/** An error status with no more specific meaning (for example 405, 410 or a 3xx that was not followed), or an error the vendor reported inside a success body. */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public UnexpectedStatusException(ApiError error) {
    super(error);
  }
}
