package dev.activecalls.trillet;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.NotFoundException;

/**
 * The verbs on a Trillet workspace's live calls, said once for every view ({@link
 * ActiveCallsService}, {@link ActiveCallsServiceAsync} and their {@code withRawResponse()}):
 *
 * <ul>
 *   <li>{@code list()}: every live call of the workspace, for a wallboard ({@code GET
 *       /v2/api/active-calls}): an {@link ActiveCallList} with Trillet's count and server time.
 *   <li>{@link #get(String)}: one call with its transcript.
 *   <li>{@link #find(String)}: the same, with "not live" as an empty {@code Optional}.
 * </ul>
 *
 * Each verb also takes its typed request ({@link GetActiveCallRequest}), and the request plus
 * {@link RequestOptions} (timeout, retries, headers for one call).
 *
 * @param <L> what {@code list} returns in the view
 * @param <D> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 */
public interface ActiveCallsVerbs<L, D, O>
    extends ListVerb<L>, GetVerb<GetActiveCallRequest, D>, FindVerb<GetActiveCallRequest, O> {

  /**
   * Returns one live call with its transcript ({@code GET /v2/api/active-calls/{roomName}}).
   *
   * @param roomName the call's LiveKit room name, like {@code call-abc123}
   * @return the call ({@link ActiveCallDetails}), as the view returns it
   * @throws IllegalArgumentException if {@code roomName} is null, blank or over 256 UTF-8 bytes;
   *     no request is sent
   * @throws NotFoundException if no live call has that room name (an async view's future fails
   *     with it; a raw view throws it too)
   */
  D get(String roomName);

  /**
   * Looks up one live call with its transcript, like {@link #get(String)}; a 404 (the call ended,
   * or never was) is an empty {@code Optional}.
   *
   * @param roomName the call's LiveKit room name
   * @return the call or empty, as the view returns it
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   */
  O find(String roomName);
}
