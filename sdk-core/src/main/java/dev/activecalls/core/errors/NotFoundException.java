package dev.activecalls.core.errors;

/** HTTP 404: the resource does not exist, or (for live calls) has ended. The {@code find} methods return an empty result instead of throwing this. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public NotFoundException(ApiError error) {
    super(error);
  }
}
