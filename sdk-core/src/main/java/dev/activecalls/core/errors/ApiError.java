package dev.activecalls.core.errors;

import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What the vendor answered when a call failed: the request line, the response status and
 * headers, a bounded copy of the body, and what the vendor's error body says.
 *
 * @param method the HTTP method that was sent, like {@code GET}
 * @param path the encoded path that was requested, without query or host
 * @param statusCode the HTTP status of the response
 * @param headers the response headers
 * @param body the response body as text, at most the first 64 KiB
 * @param errorCode the vendor's own error code, or null when the body carries none
 * @param vendorMessage the vendor's error message, or null when the body carries none
 * @param requestId the vendor's request id (from a response header or the body), or null
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

  /** Checks that the required parts are present. */
  public ApiError {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Returns the one-line description used as the exception message, like {@code HTTP 404 from GET
   * /v2/api/active-calls/x: Call not found (request id: r-123)}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder()
        .append("HTTP ").append(statusCode)
        .append(" from ").append(method).append(' ').append(path)
        .append(": ").append(summary());
    if (errorCode != null) {
      text.append(" [code: ").append(errorCode).append(']');
    }
    if (requestId != null) {
      text.append(" (request id: ").append(requestId).append(')');
    }
    if (retryAfter != null) {
      text.append(" (retry after: ").append(retryAfter.toMillis()).append(" ms)");
    }
    return text.toString();
  }

  private String summary() {
    if (vendorMessage != null && !vendorMessage.isBlank()) {
      return vendorMessage;
    }
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return "(empty body)";
    }
    return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200) + "...";
  }
}
