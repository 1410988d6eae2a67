package dev.activecalls.core.errors;

import org.jspecify.annotations.Nullable;

/**
 * The vendor answered, but the body is not the JSON the endpoint documents (a list where an
 * object belongs, text where a number belongs, or not JSON at all). Not retried: asking again
 * would get the same answer.
 */
public class ResponseDecodingException extends ActiveCallsException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String jsonPath;
  private final String bodyExcerpt;
  private final @Nullable String requestId;

  /**
   * Creates the exception.
   *
   * @param message what was asked and what could not be read
   * @param statusCode the HTTP status of the response
   * @param jsonPath where in the JSON decoding failed, like {@code $.data[0].duration}
   * @param bodyExcerpt the first few hundred characters of the body
   * @param requestId the vendor's request id, or null
   * @param cause the JSON library's error
   */
  public ResponseDecodingException(
      String message,
      int statusCode,
      String jsonPath,
      String bodyExcerpt,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.jsonPath = jsonPath;
    this.bodyExcerpt = bodyExcerpt;
    this.requestId = requestId;
  }

  /** Returns the HTTP status of the response that could not be decoded. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns where decoding failed, as a JSON path such as {@code $.data[0].duration}. */
  public String jsonPath() {
    return jsonPath;
  }

  /** Returns the start of the response body, enough to see what the vendor sent. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** Returns the vendor's request id for this response, or null when it sent none. */
  public @Nullable String requestId() {
    return requestId;
  }
}
