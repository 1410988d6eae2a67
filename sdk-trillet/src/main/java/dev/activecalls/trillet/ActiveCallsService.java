package dev.activecalls.trillet;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import java.util.Optional;

/**
 * The live calls of a Trillet workspace, blocking: {@link ActiveCallsVerbs list, get, find, end
 * and insights}.
 * Get it from {@link TrilletClient#activeCalls()}; it is thread-safe. {@link
 * TrilletClient#async()} has the same verbs returning futures, and {@link #withRawResponse()} the
 * same verbs returning the {@link ApiResponse} with status, headers and request id.
 *
 * <p>Failures are unchecked {@link ActiveCallsException}s: an {@link ApiException} subclass per
 * HTTP status (401 {@code AuthenticationException}, 403 {@code PermissionDeniedException}, 404
 * {@link NotFoundException}, 429 {@code RateLimitException}, 5xx {@code InternalServerException},
 * ...), {@code ApiConnectionException} / {@code ApiTimeoutException} when no answer came, and
 * {@code ResponseDecodingException} when the answer is not the documented JSON. 408, 429 and 5xx
 * answers and connection failures are retried first, as the client's retry policy allows ({@code
 * end} only after a 429 or a connection never made: see {@link #end(String)}).
 */
public interface ActiveCallsService extends ActiveCallsVerbs<ActiveCallList, ActiveCallDetails,
    Optional<ActiveCallDetails>, EndedCall, CallInsights> {

  /**
   * Returns the same verbs answering with the whole response: status, headers, request id, body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /**
   * {@link ActiveCallsService}'s verbs, each returning the {@link ApiResponse}; a 404 on {@code
   * find} is still an answer, with an empty body.
   */
  interface WithRawResponse extends ActiveCallsVerbs<ApiResponse<ActiveCallList>,
      ApiResponse<ActiveCallDetails>, ApiResponse<Optional<ActiveCallDetails>>,
      ApiResponse<EndedCall>, ApiResponse<CallInsights>> {}
}
