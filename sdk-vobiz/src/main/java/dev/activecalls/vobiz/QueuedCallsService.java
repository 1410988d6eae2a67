package dev.activecalls.vobiz;

import dev.activecalls.core.ApiResponse;
import java.util.Optional;

/**
 * Vobiz queued calls, blocking: {@link QueuedCallsVerbs list, get, find and hangup}. Get it from
 * {@link VobizClient#queuedCalls()}; it is thread-safe. {@link VobizClient#async()} has the same
 * verbs returning futures, and {@link #withRawResponse()} the same verbs returning the {@link
 * ApiResponse} with status, headers and request id.
 *
 * <p>A queued call has the shape of a live one, so the same types describe it: {@link
 * LiveCallList} for the list, {@link LiveCall} (state {@link CallState#QUEUED}) for one call.
 * Errors are those of {@link LiveCallsService}; every verb here is retried after 408, 429, 5xx
 * and connection failures as the client's retry policy allows.
 */
public interface QueuedCallsService
    extends QueuedCallsVerbs<LiveCallList, LiveCall, Optional<LiveCall>, HungUpCall> {

  /**
   * Returns the same verbs answering with the whole response: status, headers, request id, body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /**
   * {@link QueuedCallsService}'s verbs, each returning the {@link ApiResponse}; a 404 on {@code
   * find} is still an answer, with an empty body.
   */
  interface WithRawResponse extends QueuedCallsVerbs<ApiResponse<LiveCallList>, ApiResponse<LiveCall>,
      ApiResponse<Optional<LiveCall>>, ApiResponse<HungUpCall>> {}
}
