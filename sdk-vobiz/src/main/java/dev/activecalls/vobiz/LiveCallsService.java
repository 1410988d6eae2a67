package dev.activecalls.vobiz;

import dev.activecalls.core.ApiResponse;
import java.util.Optional;

/**
 * Vobiz live calls, blocking: {@link LiveCallsVerbs list, get, find, hangup and transfer}. Get it from {@link
 * VobizClient#liveCalls()}; it is thread-safe. {@link VobizClient#async()} has the same verbs
 * returning futures, and {@link #withRawResponse()} the same verbs returning the {@link
 * ApiResponse} with status, headers and request id.
 *
 * <p>Every verb may throw an {@link dev.activecalls.core.errors.ApiException} subclass when Vobiz
 * answers with an error, including a 200 whose body is an error (402 when the balance is too
 * low); an {@link dev.activecalls.core.errors.ApiConnectionException} (or {@link
 * dev.activecalls.core.errors.ApiTimeoutException}) when no answer came; and a {@link
 * dev.activecalls.core.errors.ResponseDecodingException} when the answer is not the documented
 * JSON. A bad argument is an {@link IllegalArgumentException}, thrown before anything is sent.
 * Reads and {@code hangup} are retried after 408, 429, 5xx and connection failures as the client's
 * retry policy allows; {@code transfer} only after a 429 or a connection never made.
 */
public interface LiveCallsService
    extends LiveCallsVerbs<LiveCallList, LiveCall, Optional<LiveCall>, HungUpCall, TransferredCall> {

  /**
   * Returns the same verbs answering with the whole response: status, headers, request id, body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /**
   * {@link LiveCallsService}'s verbs, each returning the {@link ApiResponse}; a 404 on {@code find}
   * is still an answer, with an empty body.
   */
  interface WithRawResponse extends LiveCallsVerbs<ApiResponse<LiveCallList>, ApiResponse<LiveCall>,
      ApiResponse<Optional<LiveCall>>, ApiResponse<HungUpCall>, ApiResponse<TransferredCall>> {}
}
