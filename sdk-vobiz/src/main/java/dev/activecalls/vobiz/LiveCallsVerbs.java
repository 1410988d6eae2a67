package dev.activecalls.vobiz;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.NotFoundException;

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
 * </ul>
 *
 * Each verb also takes its typed request ({@link GetLiveCallRequest}), and the request plus
 * {@link RequestOptions} (timeout, retries, headers for one call).
 *
 * @param <L> what {@code list} returns in the view
 * @param <C> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 */
public interface LiveCallsVerbs<L, C, O>
    extends ListVerb<L>, GetVerb<GetLiveCallRequest, C>, FindVerb<GetLiveCallRequest, O> {

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
}
