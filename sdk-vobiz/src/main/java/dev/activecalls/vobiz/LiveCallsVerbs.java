package dev.activecalls.vobiz;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.BadRequestException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;

/**
 * The verbs on a Vobiz account's live calls, said once for every view ({@link LiveCallsService},
 * {@link LiveCallsServiceAsync} and their {@code withRawResponse()}):
 *
 * <ul>
 *   <li>{@code list()}: the UUIDs of every call live on the account ({@code GET
 *       /api/v1/Account/{auth_id}/Call/?status=live}), as a {@link LiveCallList}; empty when none
 *       are live.
 *   <li>{@link #get(String)}: the live status of one call.
 *   <li>{@link #find(String)}: the same, with "not live" as an empty {@code Optional}.
 *   <li>{@link #hangup(String)}: hang up a call (retried like a read: hanging up is idempotent).
 *   <li>{@link #transfer(TransferRequest)}: send a call's legs to new XML (an action: not retried
 *       where it may have acted).
 * </ul>
 *
 * Each verb also takes its typed request ({@link GetLiveCallRequest}, {@link HangupRequest},
 * {@link TransferRequest}), and the request plus {@link RequestOptions} (timeout, retries, headers
 * for one call).
 *
 * @param <L> what {@code list} returns in the view
 * @param <C> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 * @param <H> what {@code hangup} returns in the view
 * @param <T> what {@code transfer} returns in the view
 */
public interface LiveCallsVerbs<L, C, O, H, T> extends ListVerb<L>, GetVerb<GetLiveCallRequest, C>,
    FindVerb<GetLiveCallRequest, O>, HangupVerb<H> {

  /**
   * Returns the live status of a call ({@code GET
   * /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=live}). Both shapes Vobiz answers with, the
   * legacy {@code calls} array and the flat object, give the same {@link LiveCall}.
   *
   * @param callUuid the call's UUID
   * @return the live call, as the view returns it
   * @throws NotFoundException if the call is not live: it ended, or never existed (an async view's
   *     future fails with it; a raw view throws it too)
   * @throws IllegalArgumentException if {@code callUuid} is null or blank; nothing is sent
   */
  C get(String callUuid);

  /**
   * Returns the live status of a call like {@link #get(String)}, or an empty {@code Optional} when
   * it is not live.
   *
   * @param callUuid the call's UUID
   * @return the live call or empty, as the view returns it
   * @throws IllegalArgumentException if {@code callUuid} is null or blank; nothing is sent
   */
  O find(String callUuid);

  /**
   * Transfers the A leg of a live call to new XML: {@code transfer(TransferRequest.builder()
   * .callUuid(callUuid).alegUrl(alegUrl).build())}. See {@link #transfer(TransferRequest)}.
   *
   * @param callUuid the call's UUID
   * @param alegUrl where the A leg fetches its new XML, an absolute http or https URL
   * @return the {@link TransferredCall}, as the view returns it
   * @throws IllegalArgumentException if an argument is invalid; nothing is sent
   */
  default T transfer(String callUuid, String alegUrl) {
    return transfer(TransferRequest.builder().callUuid(callUuid).alegUrl(alegUrl).build());
  }

  /**
   * Transfers a live call ({@code POST /api/v1/Account/{auth_id}/Call/{call_uuid}/} with a JSON
   * body of exactly the fields set: {@code legs}, {@code aleg_url}, {@code aleg_method}, {@code
   * bleg_url}, {@code bleg_method}); Vobiz answers 202 and the legs fetch their new XML. The call
   * stays live. {@code transfer(request, RequestOptions.none())}.
   *
   * <p>A transfer is an action, so it is retried only where it cannot have acted twice: after a 429
   * (Vobiz refused it before acting) or when the connection could not be made. After a timeout, a
   * dropped connection, 408 or a 5xx it is not retried: the legs may already be on their new XML,
   * and the caller gets the error and decides.
   *
   * @param request which call, which legs, and where they go
   * @return the {@link TransferredCall}, as the view returns it
   * @throws NullPointerException if {@code request} is null
   * @throws BadRequestException if Vobiz refuses the request (400: a URL it cannot use)
   * @throws NotFoundException if the call is not in progress (404)
   * @throws RateLimitException if Vobiz still refuses after the retries the policy allows
   * @throws InternalServerException on a 5xx, at once (the transfer may have happened)
   * @throws ApiConnectionException if no answer came (an {@code ApiTimeoutException} on a
   *     timeout); the transfer may have happened
   */
  default T transfer(TransferRequest request) {
    return transfer(request, RequestOptions.none());
  }

  /**
   * Transfers a live call, as {@link #transfer(TransferRequest)} does, with options for this call
   * only.
   *
   * @param request which call, which legs, and where they go
   * @param options timeouts, retries, headers for this call
   * @return the transferred call, as the view returns it
   */
  T transfer(TransferRequest request, RequestOptions options);
}
