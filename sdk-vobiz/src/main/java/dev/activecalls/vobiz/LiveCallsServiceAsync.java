package dev.activecalls.vobiz;

import dev.activecalls.core.ApiResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Vobiz live calls without blocking, from {@code vobiz.async().liveCalls()}: {@link LiveCallsVerbs
 * list, get, find, hangup and transfer}, each returning at once a future that completes with what
 * the {@link LiveCallsService blocking} verb returns, or fails with what it throws (bad input is
 * still thrown at once). Cancelling a future cancels the HTTP call and every retry still to come.
 */
public interface LiveCallsServiceAsync extends LiveCallsVerbs<CompletableFuture<LiveCallList>,
    CompletableFuture<LiveCall>, CompletableFuture<Optional<LiveCall>>, CompletableFuture<HungUpCall>,
    CompletableFuture<TransferredCall>> {

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link LiveCallsServiceAsync}'s verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends LiveCallsVerbs<CompletableFuture<ApiResponse<LiveCallList>>,
      CompletableFuture<ApiResponse<LiveCall>>, CompletableFuture<ApiResponse<Optional<LiveCall>>>,
      CompletableFuture<ApiResponse<HungUpCall>>, CompletableFuture<ApiResponse<TransferredCall>>> {}
}
