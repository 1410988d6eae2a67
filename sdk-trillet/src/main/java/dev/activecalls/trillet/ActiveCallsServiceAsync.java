package dev.activecalls.trillet;

import dev.activecalls.core.ApiResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The live calls of a Trillet workspace without blocking, from {@code
 * trillet.async().activeCalls()}: {@link ActiveCallsVerbs list, get, find, end and insights},
 * each returning at once a future that completes with what the {@link ActiveCallsService
 * blocking} verb returns, or fails with what it throws (bad input is still thrown at once).
 * Cancelling a future cancels the HTTP call and every retry still to come; no thread waits while a
 * retry is pending.
 */
public interface ActiveCallsServiceAsync extends ActiveCallsVerbs<CompletableFuture<ActiveCallList>,
    CompletableFuture<ActiveCallDetails>, CompletableFuture<Optional<ActiveCallDetails>>,
    CompletableFuture<EndedCall>, CompletableFuture<CallInsights>> {

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link ActiveCallsServiceAsync}'s verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends ActiveCallsVerbs<CompletableFuture<ApiResponse<ActiveCallList>>,
      CompletableFuture<ApiResponse<ActiveCallDetails>>,
      CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>>,
      CompletableFuture<ApiResponse<EndedCall>>, CompletableFuture<ApiResponse<CallInsights>>> {}
}
