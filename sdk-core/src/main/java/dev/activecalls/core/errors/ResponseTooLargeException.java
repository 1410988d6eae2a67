package dev.activecalls.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * The vendor's answer was larger than the client's response-size limit ({@code
 * maxResponseBytes}, counted after decompression). The SDK stopped reading at the limit and
 * dropped the connection. Not retried: asking again would most likely get the same answer.
 */
public class ResponseTooLargeException extends ActiveCallsException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final long limitBytes;
  private final @Nullable String requestId;

  /**
   * Creates the exception.
   *
   * @param message what was asked and which limit it passed
   * @param statusCode the HTTP status of the response
   * @param limitBytes the limit, in decompressed bytes
   * @param requestId the vendor's request id, or null
   */
  public ResponseTooLargeException(String message, int statusCode, long limitBytes, @Nullable String requestId) {
    super(message, null);
    this.statusCode = statusCode;
    this.limitBytes = limitBytes;
    this.requestId = requestId;
  }

  /** Returns the HTTP status of the response that was too large. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the limit the response passed, in bytes after decompression. */
  public long limitBytes() {
    return limitBytes;
  }

  /** Returns the vendor's request id for this response, or null when it sent none. */
  public @Nullable String requestId() {
    return requestId;
  }
}
