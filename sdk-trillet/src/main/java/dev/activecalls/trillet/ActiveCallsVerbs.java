package dev.activecalls.trillet;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;

/**
 * The verbs on a Trillet workspace's live calls, said once for every view ({@link
 * ActiveCallsService}, {@link ActiveCallsServiceAsync} and their {@code withRawResponse()}):
 *
 * <ul>
 *   <li>{@code list()}: every live call of the workspace, for a wallboard ({@code GET
 *       /v2/api/active-calls}): an {@link ActiveCallList} with Trillet's count and server time.
 *   <li>{@link #get(String)}: one call with its transcript.
 *   <li>{@link #find(String)}: the same, with "not live" as an empty {@code Optional}.
 *   <li>{@link #end(String)}: hang up a live call (an action: not retried where it may have acted).
 *   <li>{@link #insights(String)}: Trillet's live analysis of a call: sentiment, topics, summary.
 * </ul>
 *
 * Each verb also takes its typed request ({@link GetActiveCallRequest}, {@link EndCallRequest},
 * {@link InsightsRequest}), and the request plus {@link RequestOptions} (timeout, retries, headers
 * for one call).
 *
 * @param <L> what {@code list} returns in the view
 * @param <D> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 * @param <E> what {@code end} returns in the view
 * @param <I> what {@code insights} returns in the view
 */
public interface ActiveCallsVerbs<L, D, O, E, I>
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

  /**
   * Ends a live call: Trillet hangs up its room ({@code POST
   * /v2/api/active-calls/{roomName}/end-call}, no body), and the call leaves the live list.
   *
   * <p>Ending is an action, so it is retried only where it cannot have acted twice: after a 429
   * (Trillet refused it before acting) or when the connection could not be made. After a timeout,
   * a dropped connection or a 5xx it is not retried: the call may have ended, and the caller gets
   * the error and decides (a {@link #find(String)} tells whether the call is still live).
   *
   * @param roomName the call's LiveKit room name
   * @return the {@link EndedCall} with Trillet's end time, as the view returns it
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   * @throws NotFoundException if no live call has that room name (already ended, or never was)
   * @throws UnexpectedStatusException if Trillet answers 200 with {@code "success": false}
   * @throws RateLimitException if Trillet still refuses after the retries the policy allows
   * @throws InternalServerException on a 5xx, at once (the call may have ended)
   * @throws ApiConnectionException if no answer came (an {@code ApiTimeoutException} on a
   *     timeout); the call may have ended
   * @throws ResponseDecodingException if a 200's body lacks {@code roomName} or {@code endTime}
   *     (the call has most likely ended)
   */
  default E end(String roomName) {
    return end(new EndCallRequest(roomName));
  }

  /**
   * Ends a live call, as {@link #end(String)} does: {@code end(request, RequestOptions.none())}.
   *
   * @param request which call to end
   * @return the ended call, as the view returns it
   */
  default E end(EndCallRequest request) {
    return end(request, RequestOptions.none());
  }

  /**
   * Ends a live call, as {@link #end(String)} does, with options for this call only.
   *
   * @param request which call to end
   * @param options timeouts, retries, headers for this call
   * @return the ended call, as the view returns it
   */
  E end(EndCallRequest request, RequestOptions options);

  /**
   * Returns Trillet's live analysis of a call so far ({@code GET
   * /v2/api/active-calls/{roomName}/insights}): sentiment, topics, a summary and suggestions. A
   * read: retried like {@code list}.
   *
   * @param roomName the call's LiveKit room name
   * @return the {@link CallInsights}, as the view returns them
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   * @throws NotFoundException if no live call has that room name
   */
  default I insights(String roomName) {
    return insights(new InsightsRequest(roomName));
  }

  /**
   * Returns a call's insights, as {@link #insights(String)} does: {@code insights(request,
   * RequestOptions.none())}.
   *
   * @param request which call
   * @return the insights, as the view returns them
   */
  default I insights(InsightsRequest request) {
    return insights(request, RequestOptions.none());
  }

  /**
   * Returns a call's insights, as {@link #insights(String)} does, with options for this call only.
   *
   * @param request which call
   * @param options timeouts, retries, headers for this call
   * @return the insights, as the view returns them
   */
  I insights(InsightsRequest request, RequestOptions options);
}
