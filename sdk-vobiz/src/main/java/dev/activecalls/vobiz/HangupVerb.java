package dev.activecalls.vobiz;

import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;

/**
 * Hanging up a Vobiz call, said once for the live and the queued calls ({@link LiveCallsVerbs},
 * {@link QueuedCallsVerbs}): both send the same request, which ends a live call and cancels a
 * queued one.
 *
 * @param <H> what {@code hangup} returns in the view
 */
public interface HangupVerb<H> {

  /**
   * Hangs up a call, live or queued ({@code DELETE /api/v1/Account/{auth_id}/Call/{call_uuid}/};
   * Vobiz answers 204 with no body).
   *
   * <p>The UUID is checked strictly before anything is sent: on this API a {@code DELETE} of
   * {@code .../Call/} without a UUID hangs up <em>every</em> call on the account, so a null, blank
   * or padded UUID is refused here and never becomes such a path.
   *
   * <p>A hang-up is idempotent, so it is retried like a read: after a connection failure, a
   * timeout, 408, 429 and 5xx, as the client's retry policy allows. A 404 on such a retry, when an
   * earlier attempt got no answer, means that attempt most likely hung the call up: the result is
   * then {@link HungUpCall#confirmed() unconfirmed} instead of a {@link NotFoundException}.
   *
   * @param callUuid the call's UUID
   * @return the {@link HungUpCall}, as the view returns it
   * @throws IllegalArgumentException if {@code callUuid} is null, blank or padded with white
   *     space; nothing is sent
   * @throws NotFoundException if Vobiz knows no live or queued call with that UUID (an async
   *     view's future fails with it; a raw view throws it too)
   * @throws RateLimitException if Vobiz still refuses after the retries the policy allows
   * @throws InternalServerException if Vobiz still fails after the retries
   * @throws ApiConnectionException if no answer came after the retries (an {@code
   *     ApiTimeoutException} on a timeout)
   */
  default H hangup(String callUuid) {
    return hangup(new HangupRequest(callUuid));
  }

  /**
   * Hangs up a call, as {@link #hangup(String)} does: {@code hangup(request,
   * RequestOptions.none())}.
   *
   * @param request which call to hang up
   * @return the hung-up call, as the view returns it
   */
  default H hangup(HangupRequest request) {
    return hangup(request, RequestOptions.none());
  }

  /**
   * Hangs up a call, as {@link #hangup(String)} does, with options for this call only.
   *
   * @param request which call to hang up
   * @param options timeouts, retries, headers for this call
   * @return the hung-up call, as the view returns it
   */
  H hangup(HangupRequest request, RequestOptions options);
}
