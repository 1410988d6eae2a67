package dev.activecalls.core.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import java.util.Objects;

/**
 * One view of a vendor service: the same verbs run blocking or async, returning the body or the
 * whole {@link ApiResponse}. A vendor view extends this (usually through {@link CallReads}) and
 * says only which request each verb sends; how it runs is decided here, once. Java cannot say
 * "the result, wrapped as the view wraps it" in a type, so {@link #run} returns what the view's
 * declared return type says and is unchecked; every view of every verb is tested on real HTTP.
 */
public abstract class ServiceView {
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

  /**
   * Creates the view.
   *
   * @param http the client's pipeline
   * @param mode how this view runs requests
   */
  protected ServiceView(HttpPipeline http, Mode mode) {
    this.http = Objects.requireNonNull(http, "http");
    this.mode = Objects.requireNonNull(mode, "mode");
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
      case ASYNC -> Futures.map(http.executeAsync(request, options), ApiResponse::body);
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
  @SuppressWarnings("unchecked") // as in run
  protected final <W> W runOptional(ApiRequest<?> request, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return (W) switch (mode) {
      case BLOCKING -> http.executeOptional(request, options).body();
      case BLOCKING_RAW -> http.executeOptional(request, options);
      case ASYNC -> Futures.map(http.executeOptionalAsync(request, options), ApiResponse::body);
      case ASYNC_RAW -> http.executeOptionalAsync(request, options);
    };
  }

  /** Returns the mode, for a vendor view that makes its raw twin. */
  protected final Mode mode() {
    return mode;
  }

  /** Returns the pipeline, for a vendor view that makes its raw twin. */
  protected final HttpPipeline http() {
    return http;
  }
}
