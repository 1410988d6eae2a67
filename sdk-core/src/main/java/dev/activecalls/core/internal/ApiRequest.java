package dev.activecalls.core.internal;

import dev.activecalls.core.errors.NotFoundException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint call, described by a vendor module: method, path below the base URL, query, and
 * how to decode a success body. The pipeline does the rest.
 *
 * @param method the HTTP method, like {@code GET}
 * @param pathSegments already-encoded path segments (literals, or values from {@link
 *     PathSegments#encode}); an empty last segment gives a trailing slash
 * @param query query parameters in order, not yet encoded
 * @param decoder reads a success body
 * @param absent which 404s mean "no such thing" to the optional forms ({@code find}): an empty
 *     answer; any other 404 stays a {@link NotFoundException}
 * @param jsonBody the request body, a JSON text sent as {@code application/json}; null for none
 *     (a {@code POST} then sends an empty body)
 * @param goneOnRetry the result of a 404 that {@code absent} accepts on a retry after an attempt
 *     that got no answer (the earlier attempt may have done the work: a hang-up that reached the
 *     server, say); null when every such 404 stays a {@link NotFoundException}
 * @param <T> the result type
 */
public record ApiRequest<T>(String method, List<String> pathSegments, Map<String, String> query,
    ResponseDecoder<T> decoder, Predicate<NotFoundException> absent, @Nullable String jsonBody,
    @Nullable Supplier<T> goneOnRetry) {

  /** Copies the collections so the request stays immutable. */
  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(absent, "absent");
    pathSegments = List.copyOf(pathSegments);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * A request for which every 404 means "no such thing".
   *
   * @param method the HTTP method, like {@code GET}
   * @param pathSegments already-encoded path segments
   * @param query query parameters in order, not yet encoded
   * @param decoder reads a success body
   */
  public ApiRequest(String method, List<String> pathSegments, Map<String, String> query, ResponseDecoder<T> decoder) {
    this(method, pathSegments, query, decoder, EveryNotFound.INSTANCE, null, null);
  }

  /**
   * Returns a {@code POST} request, with no body unless {@link #withJsonBody} adds one.
   *
   * @param decoder reads a success body
   * @param encodedSegments the path below the base URL, one encoded segment each
   * @param <T> the result type
   * @return the request
   */
  public static <T> ApiRequest<T> post(ResponseDecoder<T> decoder, String... encodedSegments) {
    return new ApiRequest<>("POST", List.of(encodedSegments), Map.of(), decoder);
  }

  /**
   * Returns a {@code DELETE} request, with no body. Retried like a read: deleting twice leaves the
   * same state as deleting once.
   *
   * @param decoder reads a success body (an empty body reaches it as an empty document)
   * @param encodedSegments the path below the base URL, one encoded segment each
   * @param <T> the result type
   * @return the request
   */
  public static <T> ApiRequest<T> delete(ResponseDecoder<T> decoder, String... encodedSegments) {
    return new ApiRequest<>("DELETE", List.of(encodedSegments), Map.of(), decoder);
  }

  /**
   * Returns this request with a JSON body.
   *
   * @param json the body, like {@link JsonBody#object} writes it
   * @return the new request
   */
  public ApiRequest<T> withJsonBody(String json) {
    return new ApiRequest<>(method, pathSegments, query, decoder, absent, Objects.requireNonNull(json, "json"),
        goneOnRetry);
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
    return new ApiRequest<>(method, pathSegments, more, decoder, absent, jsonBody, goneOnRetry);
  }

  /**
   * Returns this request with only some 404s meaning "no such thing": for an endpoint whose 404
   * can also mean that the request itself named something unknown (an agent id, say).
   *
   * @param absent true for a 404 that means "no such thing"
   * @return the new request
   */
  public ApiRequest<T> withAbsence(Predicate<NotFoundException> absent) {
    return new ApiRequest<>(method, pathSegments, query, decoder, absent, jsonBody, goneOnRetry);
  }

  /**
   * Returns this request with a 404 on a retry meaning "done" when an earlier attempt got no
   * answer once connected (an I/O failure or a timeout; not a connection that could not be made):
   * that attempt may have reached the server and done the work, as a {@code DELETE} that hangs up
   * a call does, so the thing is gone because of this very call. Only a 404 that {@link #absent()} accepts counts; a 404 on the first attempt, or after
   * attempts that were all answered, stays a {@link NotFoundException}.
   *
   * @param gone makes the result of such a 404
   * @return the new request
   */
  public ApiRequest<T> withGoneOnRetry(Supplier<T> gone) {
    return new ApiRequest<>(method, pathSegments, query, decoder, absent, jsonBody,
        Objects.requireNonNull(gone, "gone"));
  }

  /**
   * The default absence: every 404. A class, not a lambda: linking a lambda is about 0.5 ms of a
   * client's first call, and its parameter type loads the error classes with it.
   */
  private enum EveryNotFound implements Predicate<NotFoundException> {
    INSTANCE;

    @Override
    public boolean test(NotFoundException notFound) {
      return true;
    }
  }
}
