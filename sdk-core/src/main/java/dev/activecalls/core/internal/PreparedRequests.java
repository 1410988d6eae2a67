package dev.activecalls.core.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP requests of one client, built once per distinct method, path and query: a list
 * endpoint, or the details of a call a monitor polls every few seconds, is asked for again and
 * again, and building its URL from segments and copying its headers cost more than the rest of
 * the request. An OkHttp {@link Request} is immutable, so one serves every call that needs no body
 * of its own and no per-call header. At most {@value #MAX_REQUESTS} are kept; once that many
 * distinct ones have been seen (one per call id, say) the set starts again, so memory stays
 * bounded whatever the caller asks for. Thread-safe.
 */
final class PreparedRequests {
  static final int MAX_REQUESTS = 256;

  private final HttpUrl base;
  private final Headers headers;
  /** A GET without a query is keyed by its segments alone, so the usual lookup allocates nothing. */
  private final ConcurrentHashMap<Object, Request> built = new ConcurrentHashMap<>();

  /**
   * @param base the client's base URL, without a trailing empty segment
   * @param headers the headers every request carries
   */
  PreparedRequests(HttpUrl base, Headers headers) {
    this.base = base;
    this.headers = headers;
  }

  /**
   * Returns the request for {@code request}'s method, encoded path segments and query, with the
   * fixed headers, and an empty body where the method needs one; without its JSON body.
   */
  Request of(ApiRequest<?> request) {
    Object key = request.method().equals("GET") && request.query().isEmpty()
        ? request.pathSegments() : new Key(request.method(), request.pathSegments(), request.query());
    Request prepared = built.get(key);
    if (prepared == null) {
      prepared = build(request);
      if (built.size() >= MAX_REQUESTS) {
        built.clear();
      }
      built.put(key, prepared);
    }
    return prepared;
  }

  /** Returns how many requests are kept now. */
  int size() {
    return built.size();
  }

  private Request build(ApiRequest<?> request) {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : request.pathSegments()) {
      url.addEncodedPathSegment(segment);
    }
    for (Map.Entry<String, String> parameter : request.query().entrySet()) {
      url.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    return new Request.Builder()
        .url(url.build())
        .headers(headers)
        .method(request.method(), emptyBodyIfNeeded(request.method()))
        .build();
  }

  private static @Nullable RequestBody emptyBodyIfNeeded(String method) {
    return switch (method) {
      case "POST", "PUT", "PATCH" -> EmptyBody.VALUE;
      default -> null;
    };
  }

  // A holder: made on the first POST, so building a client (or a GET-only one) loads none of it.
  private static final class EmptyBody {
    static final RequestBody VALUE = RequestBody.create(new byte[0], null);
  }

  /**
   * The key of a request other than a plain GET; never equal to a bare segment list. Its parts are
   * immutable (see {@link ApiRequest}), so they can be kept.
   */
  private record Key(String method, List<String> segments, Map<String, String> query) {}
}
