package dev.activecalls.core;

/**
 * The {@code get} verb of a service view: one answer, or {@link
 * dev.activecalls.core.errors.NotFoundException}. Three forms: by the vendor's id ({@link
 * #get(String)}, documented by the vendor's service, which names the id: Trillet's room name,
 * Vobiz's call UUID), by the typed request, and by the typed request with options.
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

  /**
   * Gets by the vendor's id for the item: {@code get(new <typed request>(id))}.
   *
   * @param id the id, checked by the typed request before anything is sent
   * @return the result, as the view returns it
   * @throws IllegalArgumentException if the typed request refuses {@code id}
   */
  R get(String id);
}
