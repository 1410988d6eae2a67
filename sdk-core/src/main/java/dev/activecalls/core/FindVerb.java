package dev.activecalls.core;

/**
 * The {@code find} verb of a service view: like {@code get}, but "not found" is an empty {@link
 * java.util.Optional} instead of an exception. Three forms: by the vendor's id ({@link
 * #find(String)}, documented by the vendor's service, which names the id), by the typed request,
 * and by the typed request with options.
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

  /**
   * Finds by the vendor's id for the item: {@code find(new <typed request>(id))}.
   *
   * @param id the id, checked by the typed request before anything is sent
   * @return the result, as the view returns it
   * @throws IllegalArgumentException if the typed request refuses {@code id}
   */
  R find(String id);
}
