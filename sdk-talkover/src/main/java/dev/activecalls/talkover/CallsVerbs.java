package dev.activecalls.talkover;

import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ConflictException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;

/**
 * The verbs on Talkover's calls that send one request, said once for every view ({@link
 * CallsService}, {@link CallsServiceAsync} and their {@code withRawResponse()}):
 *
 * <ul>
 *   <li>{@link #list(CallListRequest)}: one page of calls, filtered ({@code GET /api/v1/calls} or
 *       {@code GET /api/v1/agents/{agent_id}/calls}).
 *   <li>{@link #end(String, String)}: hangs up a call of an agent.
 * </ul>
 *
 * Each verb also takes its typed request ({@link CallListRequest}, {@link EndCallRequest}), and the
 * request plus {@link RequestOptions} (timeout, retries, headers for one call). The verbs that walk
 * every page, {@code listAll} and {@code listActive}, are on {@link CallsService} and {@link
 * CallsServiceAsync}; a raw view has each page's response through {@code list}.
 *
 * @param <E> what {@code end} returns in the view
 * @param <P> what {@code list} returns in the view
 */
public interface CallsVerbs<E, P> extends ListVerb<P> {

  /**
   * Returns one page of calls, filtered as {@code request} says: {@code GET
   * /api/v1/agents/{agent_id}/calls} when it names an agent, else {@code GET /api/v1/calls}, with
   * the filters as query parameters ({@code status}, {@code direction}, {@code date_from}, {@code
   * date_to}, {@code search}, {@code per_page}, {@code page}). Retried like every read.
   *
   * @param request the filters and the page
   * @param options timeout, retries and extra headers for this call
   * @return the page, as the view returns it
   * @throws NullPointerException if {@code request} or {@code options} is null; nothing is sent
   * @throws NotFoundException if the request names an agent Talkover does not know
   * @throws UnexpectedStatusException if Talkover answers 200 with {@code "success": false}
   * @throws RateLimitException if Talkover still refuses after the retries the policy allows
   * @throws InternalServerException if Talkover still fails after the retries
   * @throws ApiConnectionException if no answer came
   * @throws ResponseDecodingException if a call lacks {@code id}, {@code status} or {@code
   *     created_at}, or the paging numbers are not numbers
   */
  P list(CallListRequest request, RequestOptions options);

  /**
   * Returns one page of calls, as {@link #list(CallListRequest, RequestOptions)} does, with the
   * client's settings.
   *
   * @param request the filters and the page
   * @return the page, as the view returns it
   */
  default P list(CallListRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * Returns the first page of every call, unfiltered: {@code list(CallListRequest.all(), options)}.
   *
   * @param options timeout, retries and extra headers for this call
   * @return the page, as the view returns it
   */
  @Override
  default P list(RequestOptions options) {
    return list(CallListRequest.all(), options);
  }

  /**
   * Ends a call of an agent ({@code POST /api/v1/agents/{agent_id}/end-call}, body {@code
   * {"call_sid": callId}}). Talkover hangs up asynchronously: the answer says the call is {@code
   * completed}, and it leaves the active-call lookup.
   *
   * <p>Ending is an action, so it is retried only where it cannot have acted twice: after a 429
   * (Talkover refused it before acting) or when the connection could not be made. After a timeout,
   * a dropped connection or a 5xx it is not retried: the call may have ended, and the caller gets
   * the error and decides ({@link ActiveCallsVerbs#findByPhone(String, String)} tells whether the
   * call is still active).
   *
   * @param agentId the agent's id
   * @param callId the call's id, as {@link ActiveCall#id()} gives it
   * @return the {@link EndedCall} with Talkover's end time, as the view returns it
   * @throws IllegalArgumentException if {@code agentId} or {@code callId} is invalid; nothing is
   *     sent
   * @throws NotFoundException if the agent has no such call ({@code Call not found for this
   *     agent})
   * @throws ConflictException if the call is not active any more (409, {@code errorCode()} {@code
   *     CALL_NOT_ACTIVE}): it ended before, by this or another hand
   * @throws UnexpectedStatusException if Talkover answers 200 with {@code "success": false} and a
   *     code this SDK cannot place (a known code gets its own class)
   * @throws RateLimitException if Talkover still refuses after the retries the policy allows
   * @throws InternalServerException on a 5xx, at once (the call may have ended)
   * @throws ApiConnectionException if no answer came (an {@code ApiTimeoutException} on a
   *     timeout); the call may have ended
   * @throws ResponseDecodingException if a 200's {@code data} lacks {@code id}, {@code status} or
   *     {@code ended_at}
   */
  default E end(String agentId, String callId) {
    return end(new EndCallRequest(agentId, callId));
  }

  /**
   * Ends a call, as {@link #end(String, String)} does: {@code end(request, RequestOptions.none())}.
   *
   * @param request which call of which agent
   * @return the ended call, as the view returns it
   */
  default E end(EndCallRequest request) {
    return end(request, RequestOptions.none());
  }

  /**
   * Ends a call, as {@link #end(String, String)} does, with options for this call only.
   *
   * @param request which call of which agent
   * @param options timeout, retries and extra headers for this call
   * @return the ended call, as the view returns it
   */
  E end(EndCallRequest request, RequestOptions options);
}
