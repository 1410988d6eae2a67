package dev.activecalls.core.errors;

/** HTTP 401: the credentials are missing, wrong or expired. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the vendor answered
   */
  public AuthenticationException(ApiError error) {
    super(error);
  }
}
