package dev.activecalls.core.errors;

/** HTTP 409: the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public ConflictException(ApiError error) {
    super(error);
  }
}
