package dev.activecalls.core.errors;

/** HTTP 400: the vendor rejected the request as malformed. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public BadRequestException(ApiError error) {
    super(error);
  }
}
