package dev.activecalls.core;

/**
 * The {@code find} verb of a service view with a typed request: like {@code get}, but "not found"
 * is an empty {@link java.util.Optional} instead of an exception. The vendor's service documents
 * the verb once, on its convenience form ({@code find(roomName)}, say).
 *
 * @param <Q> the typed request, which checks its arguments when it is made
 * @param <R> what the view returns: an {@code Optional}, or a future or {@link ApiResponse} of it
 */
public interface FindVerb<Q, R> {

  /**
   * Finds, with options for this call only.
   *
   * @param request what to find
   * @param options timeouts, retries, headers for this call
   * @return the result, as the view returns it
   */
  R find(Q request, RequestOptions options);

  /**
   * Finds, with the client's settings: {@code find(request, RequestOptions.none())}.
   *
   * @param request what to find
   * @return the result, as the view returns it
   */
  default R find(Q request) {
    return find(request, RequestOptions.none());
  }
}
