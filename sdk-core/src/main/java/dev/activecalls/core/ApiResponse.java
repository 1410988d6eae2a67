package dev.activecalls.core;

import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A decoded response together with what came with it: the HTTP status, the headers and the
 * vendor's request id. Returned by the {@code withRawResponse()} view of every resource.
 *
 * @param statusCode the HTTP status of the final attempt
 * @param headers the response headers of the final attempt
 * @param requestId the vendor's request id ({@code x-request-id} or {@code request-id} header), or
 *     null when it sent none
 * @param body the decoded body
 * @param <T> the type of the decoded body
 */
public record ApiResponse<T>(int statusCode, Headers headers, @Nullable String requestId, T body) {

  /** Checks that headers and body are present. */
  public ApiResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Returns a response with the same status, headers and request id and another body.
   *
   * @param newBody the body to carry
   * @param <R> the type of the new body
   * @return the new response
   */
  public <R> ApiResponse<R> withBody(R newBody) {
    return new ApiResponse<>(statusCode, headers, requestId, newBody);
  }
}
