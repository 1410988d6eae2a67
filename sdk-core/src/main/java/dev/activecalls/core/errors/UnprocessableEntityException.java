package dev.activecalls.core.errors;

/** HTTP 422: the request was well formed but its values were refused. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public UnprocessableEntityException(ApiError error) {
    super(error);
  }
}
