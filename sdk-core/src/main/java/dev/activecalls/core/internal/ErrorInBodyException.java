package dev.activecalls.core.internal;

/**
 * Thrown by a {@link ResponseDecoder} when a success status carries an error body (Vobiz and
 * Talkover do this). The pipeline turns it into the {@link
 * dev.activecalls.core.errors.ApiException} subclass for {@code classifyAs}, with the real status,
 * headers, body and request id.
 */
public final class ErrorInBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int classifyAs;
  private final transient ErrorDetails details;

  /**
   * Creates the signal.
   *
   * @param classifyAs the HTTP status whose meaning the error has, like 404 for "not found"
   * @param details what the body says
   */
  public ErrorInBodyException(int classifyAs, ErrorDetails details) {
    super(details.message(), null, false, false);
    this.classifyAs = classifyAs;
    this.details = details;
  }

  /** Returns the status whose meaning the error has. */
  public int classifyAs() {
    return classifyAs;
  }

  /** Returns what the body says. */
  public ErrorDetails details() {
    return details;
  }
}
