package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Talkover's active calls without blocking, from {@code talkover.async().activeCalls()}: {@link
 * ActiveCallsVerbs listByPhone and findByPhone}, each returning at once a future that completes
 * with what the {@link ActiveCallsService blocking} verb returns, or fails with what it throws
 * (bad input is still thrown at once). Cancelling a future cancels the HTTP call and every retry
 * still to come.
 */
public interface ActiveCallsServiceAsync
    extends ActiveCallsVerbs<CompletableFuture<List<ActiveCall>>, CompletableFuture<Optional<ActiveCall>>> {

  /**
   * Returns the same verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link ActiveCallsServiceAsync}'s verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends ActiveCallsVerbs<CompletableFuture<ApiResponse<List<ActiveCall>>>,
      CompletableFuture<ApiResponse<Optional<ActiveCall>>>> {}
}
