package dev.activecalls.core;

/**
 * The {@code get} verb of a service view with a typed request: one answer, or {@link
 * dev.activecalls.core.errors.NotFoundException}. The vendor's service documents the verb once,
 * on its convenience form ({@code get(roomName)}, say).
 *
 * @param <Q> the typed request, which checks its arguments when it is made
 * @param <R> what the view returns: the result, or a future or {@link ApiResponse} of it
 */
public interface GetVerb<Q, R> {

  /**
   * Gets, with options for this call only.
   *
   * @param request what to get
   * @param options timeouts, retries, headers for this call
   * @return the result, as the view returns it
   */
  R get(Q request, RequestOptions options);

  /**
   * Gets, with the client's settings: {@code get(request, RequestOptions.none())}.
   *
   * @param request what to get
   * @return the result, as the view returns it
   */
  default R get(Q request) {
    return get(request, RequestOptions.none());
  }
}
