package dev.activecalls.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One endpoint call, described by a vendor module: method, path below the base URL, query, and
 * how to decode a success body. The pipeline does the rest.
 *
 * @param method the HTTP method, like {@code GET}
 * @param pathSegments already-encoded path segments (literals, or values from {@link
 *     PathSegments#encode}); an empty last segment gives a trailing slash
 * @param query query parameters in order, not yet encoded
 * @param decoder reads a success body
 * @param <T> the result type
 */
public record ApiRequest<T>(
    String method, List<String> pathSegments, Map<String, String> query, ResponseDecoder<T> decoder) {

  /** Copies the collections so the request stays immutable. */
  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(decoder, "decoder");
    pathSegments = List.copyOf(pathSegments);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * Returns a {@code GET} request.
   *
   * @param decoder reads a success body
   * @param encodedSegments the path below the base URL, one encoded segment each
   * @param <T> the result type
   * @return the request
   */
  public static <T> ApiRequest<T> get(ResponseDecoder<T> decoder, String... encodedSegments) {
    return new ApiRequest<>("GET", List.of(encodedSegments), Map.of(), decoder);
  }

  /**
   * Returns this request with one more query parameter.
   *
   * @param name the parameter name
   * @param value the parameter value, not yet encoded
   * @return the new request
   */
  public ApiRequest<T> withQuery(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(query);
    more.put(name, value);
    return new ApiRequest<>(method, pathSegments, more, decoder);
  }
}
