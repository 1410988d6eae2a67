package dev.activecalls.core.errors;

import dev.activecalls.core.internal.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The vendor answered, but the body is not the JSON the endpoint documents (a list where an
 * object belongs, text where a number belongs, or not JSON at all). Not retried: asking again
 * would get the same answer.
 */
public class ResponseDecodingException extends ActiveCallsException {
  private static final long serialVersionUID = 1L;

  /** The most characters of the JSON path kept (keys can be long). */
  public static final int MAX_PATH_CHARS = 500;
  /** The most characters of the body excerpt kept. */
  public static final int MAX_EXCERPT_CHARS = 400;

  private final int statusCode;
  private final String jsonPath;
  private final String bodyExcerpt;
  private final @Nullable String requestId;

  /**
   * Creates the exception.
   *
   * @param message what was asked and what could not be read
   * @param statusCode the HTTP status of the response
   * @param jsonPath where in the JSON decoding failed, like {@code $.data[0].duration}; cut at
   *     {@value #MAX_PATH_CHARS} characters
   * @param bodyExcerpt the first few hundred characters of the body; cut at {@value
   *     #MAX_EXCERPT_CHARS}
   * @param requestId the vendor's request id, or null; cut at 200 characters
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
    this.jsonPath = Objects.requireNonNull(Text.bound(jsonPath, MAX_PATH_CHARS));
    this.bodyExcerpt = Objects.requireNonNull(Text.bound(bodyExcerpt, MAX_EXCERPT_CHARS));
    this.requestId = Text.bound(requestId, ApiError.MAX_ID_CHARS);
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
