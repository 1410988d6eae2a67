package dev.activecalls.core.errors;

/** HTTP 403: the credentials are valid but may not read this resource. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public PermissionDeniedException(ApiError error) {
    super(error);
  }
}
