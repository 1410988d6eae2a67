package dev.activecalls.vobiz;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.NotFoundException;

/**
 * The verbs on a Vobiz account's queued calls (made, not yet connected), said once for every view
 * ({@link QueuedCallsService}, {@link QueuedCallsServiceAsync} and their {@code
 * withRawResponse()}):
 *
 * <ul>
 *   <li>{@code list()}: the UUIDs of the queued calls ({@code GET
 *       /api/v1/Account/{auth_id}/Call/?status=queued}), as a {@link LiveCallList}: at most 20,
 *       Vobiz does not page them; empty when none are queued.
 *   <li>{@link #get(String)}: one queued call, with {@code call_status} {@code queued}.
 *   <li>{@link #find(String)}: the same, with "no longer queued" as an empty {@code Optional}.
 *   <li>{@link #hangup(String)}: cancel a queued call (the same request as a live call's hang-up).
 * </ul>
 *
 * Each verb also takes its typed request ({@link GetQueuedCallRequest}, {@link HangupRequest}), and
 * the request plus {@link RequestOptions} (timeout, retries, headers for one call).
 *
 * @param <L> what {@code list} returns in the view
 * @param <C> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 * @param <H> what {@code hangup} returns in the view
 */
public interface QueuedCallsVerbs<L, C, O, H> extends ListVerb<L>, GetVerb<GetQueuedCallRequest, C>,
    FindVerb<GetQueuedCallRequest, O>, HangupVerb<H> {

  /**
   * Returns a queued call ({@code GET /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=queued}):
   * the flat shape, its {@link LiveCall#state() state} {@link CallState#QUEUED}.
   *
   * @param callUuid the call's UUID
   * @return the queued call, as the view returns it
   * @throws NotFoundException if the call is not queued (any more): it was connected, ended, or
   *     never existed (an async view's future fails with it; a raw view throws it too)
   * @throws IllegalArgumentException if {@code callUuid} is null or blank; nothing is sent
   */
  C get(String callUuid);

  /**
   * Returns a queued call like {@link #get(String)}, or an empty {@code Optional} when it is not
   * queued.
   *
   * @param callUuid the call's UUID
   * @return the queued call or empty, as the view returns it
   * @throws IllegalArgumentException if {@code callUuid} is null or blank; nothing is sent
   */
  O find(String callUuid);
}
