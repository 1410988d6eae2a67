package dev.activecalls.core.errors;

import dev.activecalls.core.internal.PhoneMask;
import dev.activecalls.core.internal.Text;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What the vendor answered when a call failed: the request line, the response status and
 * headers, a bounded copy of the body, and what the vendor's error body says.
 *
 * @param method the HTTP method that was sent, like {@code GET}
 * @param path the encoded path that was requested, without query or host (as sent: {@link
 *     #describe()} masks the phone numbers in it)
 * @param statusCode the HTTP status of the response
 * @param headers the response headers
 * @param body the response body as text, at most the first 64 KiB (65,536 characters)
 * @param errorCode the vendor's own error code, or null when the body carries none; at most 200
 *     characters
 * @param vendorMessage the vendor's error message, or null when the body carries none; at most
 *     1,000 characters
 * @param requestId the vendor's request id (from a response header or the body), or null; at most
 *     200 characters
 * @param retryAfter how long the vendor asked the caller to wait, or null when it did not say
 */
public record ApiError(
    String method,
    String path,
    int statusCode,
    Headers headers,
    String body,
    @Nullable String errorCode,
    @Nullable String vendorMessage,
    @Nullable String requestId,
    @Nullable Duration retryAfter) {

  /** The most characters of the body kept. */
  public static final int MAX_BODY_CHARS = 64 * 1024;
  /** The most characters of the vendor's message kept. */
  public static final int MAX_MESSAGE_CHARS = 1_000;
  /** The most characters of the error code and of the request id kept. */
  public static final int MAX_ID_CHARS = 200;

  /**
   * Checks that the required parts are present and bounds the vendor's texts: a longer one is cut
   * and ends in a visible ellipsis.
   */
  public ApiError {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    body = Objects.requireNonNull(Text.bound(body, MAX_BODY_CHARS));
    errorCode = Text.bound(errorCode, MAX_ID_CHARS);
    vendorMessage = Text.bound(vendorMessage, MAX_MESSAGE_CHARS);
    requestId = Text.bound(requestId, MAX_ID_CHARS);
  }

  /**
   * Returns the one-line description used as the exception message, like {@code HTTP 404 from GET
   * /v2/api/active-calls/x: Call not found (request id: r-123)}. Each part quoted from the
   * response is cut with a visible ellipsis and has control characters escaped, so the line stays
   * one line of well under 2,000 characters. A phone number in the path is masked ({@code
   * %2B1555***4567}): applications log exception messages, and log lines must not hold one.
   */
  public String describe() {
    StringBuilder text = new StringBuilder()
        .append("HTTP ").append(statusCode)
        .append(" from ").append(Text.quote(method, 20)).append(' ').append(Text.quote(PhoneMask.path(path), 300))
        .append(": ").append(summary());
    if (errorCode != null) {
      text.append(" [code: ").append(Text.quote(errorCode, 100)).append(']');
    }
    if (requestId != null) {
      text.append(" (request id: ").append(Text.quote(requestId, 100)).append(')');
    }
    if (retryAfter != null) {
      text.append(" (retry after: ").append(retryAfter.toMillis()).append(" ms)");
    }
    return text.toString();
  }

  private String summary() {
    if (vendorMessage != null && !vendorMessage.isBlank()) {
      return Text.quote(vendorMessage, 500);
    }
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return "(empty body)";
    }
    return Text.quote(trimmed, 200);
  }
}
