package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Talkover's calls without blocking, from {@code talkover.async().calls()}: {@link CallsVerbs
 * end}, returning at once a future that completes with what the {@link CallsService blocking} verb
 * returns, or fails with what it throws (bad input is still thrown at once). Cancelling a future
 * cancels the HTTP call and every retry still to come.
 */
public interface CallsServiceAsync extends CallsVerbs<CompletableFuture<EndedCall>> {

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link CallsServiceAsync}'s verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends CallsVerbs<CompletableFuture<ApiResponse<EndedCall>>> {}
}
