package dev.activecalls.vobiz;

import dev.activecalls.core.ApiResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Vobiz queued calls without blocking, from {@code vobiz.async().queuedCalls()}: {@link
 * QueuedCallsVerbs list, get, find and hangup}, each returning at once a future that completes
 * with what the {@link QueuedCallsService blocking} verb returns, or fails with what it throws (bad
 * input is still thrown at once). Cancelling a future cancels the HTTP call and every retry still
 * to come.
 */
public interface QueuedCallsServiceAsync extends QueuedCallsVerbs<CompletableFuture<LiveCallList>,
    CompletableFuture<LiveCall>, CompletableFuture<Optional<LiveCall>>, CompletableFuture<HungUpCall>> {

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link QueuedCallsServiceAsync}'s verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends QueuedCallsVerbs<CompletableFuture<ApiResponse<LiveCallList>>,
      CompletableFuture<ApiResponse<LiveCall>>, CompletableFuture<ApiResponse<Optional<LiveCall>>>,
      CompletableFuture<ApiResponse<HungUpCall>>> {}
}
