package dev.activecalls.core;

/**
 * The {@code list} verb of a service view: its two overloads, said once for every vendor. The
 * vendor's service documents what is listed and what is thrown.
 *
 * @param <R> what the view returns: the list, or a future or {@link ApiResponse} of it
 */
public interface ListVerb<R> {

  /**
   * Lists, with options for this call only.
   *
   * @param options timeouts, retries, headers for this call
   * @return the list, as the view returns it
   */
  R list(RequestOptions options);

  /**
   * Lists, with the client's settings: {@code list(RequestOptions.none())}.
   *
   * @return the list, as the view returns it
   */
  default R list() {
    return list(RequestOptions.none());
  }
}
