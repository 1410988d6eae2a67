package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;

/**
 * Talkover's calls, blocking: {@link CallsVerbs end}. Get it from {@link TalkoverClient#calls()};
 * it is thread-safe. {@link TalkoverClient#async()} has the same verbs returning futures, and
 * {@link #withRawResponse()} the same verbs returning the {@link ApiResponse} with status, headers
 * and request id.
 */
public interface CallsService extends CallsVerbs<EndedCall> {

  /**
   * Returns the same verbs answering with the whole response: status, headers, request id, body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link CallsService}'s verbs, each returning the {@link ApiResponse}. */
  interface WithRawResponse extends CallsVerbs<ApiResponse<EndedCall>> {}
}
