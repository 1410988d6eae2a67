package dev.activecalls.core.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One view of a vendor service: the same verbs run blocking or async, returning the body or the
 * whole {@link ApiResponse}. A vendor view extends this (usually through {@link CallReads}) and
 * says only which request each verb sends; how it runs is decided here, once. Java cannot say
 * "the result, wrapped as the view wraps it" in a type, so {@link #run} returns what the view's
 * declared return type says and is unchecked; every view of every verb is tested on real HTTP.
 *
 * @param <W> the view's raw twin, what {@code withRawResponse()} returns; a raw view is its own
 */
public abstract class ServiceView<W> {
  /** How a view runs a request. */
  public enum Mode {
    /** Blocks, returns the body. */
    BLOCKING,
    /** Blocks, returns the {@link ApiResponse}. */
    BLOCKING_RAW,
    /** Returns a future of the body; cancelling it cancels the call and the retries to come. */
    ASYNC,
    /** Returns a future of the {@link ApiResponse}; cancelling it likewise. */
    ASYNC_RAW
  }

  private final HttpPipeline http;
  private final Mode mode;
  private final W raw;

  /**
   * Creates the view.
   *
   * @param http the client's pipeline
   * @param mode how this view runs requests
   * @param rawTwin the raw twin of a {@link Mode#BLOCKING} or {@link Mode#ASYNC} view; null for a
   *     raw view, which is its own
   */
  @SuppressWarnings("unchecked") // a raw view is its own raw twin: W is its own type then
  protected ServiceView(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
    this.http = Objects.requireNonNull(http, "http");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.raw = rawTwin == null ? (W) this : rawTwin;
  }

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw twin of this view
   */
  public final W withRawResponse() {
    return raw;
  }

  /**
   * Sends {@code request} and returns its result as this view returns results.
   *
   * @param request the request
   * @param options options for this call
   * @param <W> the view's return type for the verb
   * @return the body, the response, or a future of either
   * @throws NullPointerException if {@code options} is null
   */
  @SuppressWarnings("unchecked") // W is what `mode` produces; see the class comment
  protected final <W> W run(ApiRequest<?> request, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return (W) switch (mode) {
      case BLOCKING -> http.execute(request, options).body();
      case BLOCKING_RAW -> http.execute(request, options);
      case ASYNC -> http.executeAsyncForBody(request, options);
      case ASYNC_RAW -> http.executeAsync(request, options);
    };
  }

  /**
   * Like {@link #run}, but a 404 is an empty {@code Optional} instead of an exception.
   *
   * @param request the request
   * @param options options for this call
   * @param <W> the view's return type for the verb
   * @return the optional body, its response, or a future of either
   * @throws NullPointerException if {@code options} is null
   */
  protected final <W> W runOptional(ApiRequest<?> request, RequestOptions options) {
    return runOptional(request, options, found -> found);
  }

  /**
   * Like {@link #runOptional(ApiRequest, RequestOptions)}, with the optional body turned into the
   * verb's result by {@code result} (a raw view keeps the status and headers around it).
   *
   * @param request the request
   * @param options options for this call
   * @param result makes the verb's result from the body, empty on a 404
   * @param <T> the decoded body
   * @param <W> the view's return type for the verb
   * @return the result, its response, or a future of either
   * @throws NullPointerException if {@code options} is null
   */
  @SuppressWarnings("unchecked") // as in run
  protected final <T, W> W runOptional(
      ApiRequest<T> request, RequestOptions options, Function<Optional<T>, ?> result) {
    Objects.requireNonNull(options, "options");
    Function<ApiResponse<Optional<T>>, ApiResponse<?>> raw = response -> response.withBody(result.apply(response.body()));
    return (W) switch (mode) {
      case BLOCKING -> result.apply(http.executeOptional(request, options).body());
      case BLOCKING_RAW -> raw.apply(http.executeOptional(request, options));
      case ASYNC -> Futures.map(http.executeOptionalAsync(request, options), response -> result.apply(response.body()));
      case ASYNC_RAW -> Futures.map(http.executeOptionalAsync(request, options), raw);
    };
  }
}
