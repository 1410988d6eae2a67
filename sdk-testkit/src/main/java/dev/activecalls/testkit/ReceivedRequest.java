package dev.activecalls.testkit;

import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request a fake received, for assertions, with the status it was answered with.
 *
 * @param requestId the {@code x-request-id} it was answered with, e.g. {@code fake-req-3}
 * @param method the HTTP method
 * @param path the path exactly as sent, percent-encoding untouched, e.g. {@code
 *     /v2/api/active-calls/call-_%2B14155551234_AbC123}
 * @param query the raw query string, e.g. {@code status=live}, or null if none was sent
 * @param headers the request headers
 * @param status the status answered, or 0 if the connection was dropped by a {@link
 *     Fault#disconnect()} fault
 */
public record ReceivedRequest(
    String requestId,
    String method,
    String path,
    @Nullable String query,
    Headers headers,
    int status) {

  /** Checks the components. */
  public ReceivedRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
  }

  /**
   * Returns the first value of a request header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or null if the request did not carry it
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /**
   * Returns the request target: the raw path plus {@code ?query} when a query was sent.
   *
   * @return e.g. {@code /api/v1/Account/MA.../Call/?status=live}
   */
  public String target() {
    return query == null ? path : path + "?" + query;
  }
}
