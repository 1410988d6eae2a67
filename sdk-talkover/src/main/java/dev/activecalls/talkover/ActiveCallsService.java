package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.errors.ActiveCallsException;
import java.util.List;
import java.util.Optional;

/**
 * Talkover's active calls, blocking: {@link ActiveCallsVerbs listByPhone and findByPhone}. Get it
 * from {@link TalkoverClient#activeCalls()}; it is thread-safe. {@link TalkoverClient#async()} has
 * the same verbs returning futures, and {@link #withRawResponse()} the same verbs returning the
 * {@link ApiResponse} with status, headers and request id.
 *
 * <p>Every verb throws {@link IllegalArgumentException} for a bad agent id or phone number, before
 * any request, and the {@link ActiveCallsException} subclasses for what went wrong on the way
 * (authentication, rate limit, server error, connection, timeout, undecodable body).
 */
public interface ActiveCallsService extends ActiveCallsVerbs<List<ActiveCall>, Optional<ActiveCall>> {

  /**
   * Returns the same verbs answering with the whole response: status, headers, request id, body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /**
   * {@link ActiveCallsService}'s verbs, each returning the {@link ApiResponse}; a 404 ("no active
   * call") is an answer with an empty body, its status and headers.
   */
  interface WithRawResponse
      extends ActiveCallsVerbs<ApiResponse<List<ActiveCall>>, ApiResponse<Optional<ActiveCall>>> {}
}
