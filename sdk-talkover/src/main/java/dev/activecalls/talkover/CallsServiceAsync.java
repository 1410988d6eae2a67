package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.AutoPagerAsync;
import dev.activecalls.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's calls without blocking, from {@code talkover.async().calls()}: the verbs of {@link
 * CallsService}, returning at once a future that completes with what the blocking verb returns,
 * or fails with what it throws (bad input is still thrown at once). Cancelling a future cancels
 * the HTTP call and every retry, and every page, still to come.
 */
public interface CallsServiceAsync
    extends CallsVerbs<CompletableFuture<EndedCall>, CompletableFuture<CallPage>> {

  /**
   * Returns every call {@code request} matches, page by page, as {@link
   * CallsService#listAll(CallListRequest, RequestOptions)} does; a page is fetched only after
   * every call of the page before has been handed over.
   *
   * @param request the filters, and the page to start at
   * @param options timeout, retries and extra headers for each page's request
   * @return the calls; {@link AutoPagerAsync#forEach} or {@link AutoPagerAsync#toList} them
   * @throws NullPointerException if {@code request} or {@code options} is null
   */
  AutoPagerAsync<Call> listAll(CallListRequest request, RequestOptions options);

  /**
   * Returns every call {@code request} matches, as {@link #listAll(CallListRequest,
   * RequestOptions)} does, with the client's settings.
   *
   * @param request the filters, and the page to start at
   * @return the calls, fetched as they are handed over
   */
  default AutoPagerAsync<Call> listAll(CallListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Returns every call of an agent that is active now, as {@link CallsService#listActive(String,
   * RequestOptions)} does.
   *
   * @param agentId the agent, or null for every agent
   * @param options timeout, retries and extra headers for each request
   * @return a future of the active calls; unmodifiable
   * @throws IllegalArgumentException if {@code agentId} is invalid; nothing is sent
   */
  CompletableFuture<List<Call>> listActive(@Nullable String agentId, RequestOptions options);

  /**
   * Returns every call of an agent that is active now.
   *
   * @param agentId the agent
   * @return a future of the active calls
   */
  default CompletableFuture<List<Call>> listActive(String agentId) {
    return listActive(agentId, RequestOptions.none());
  }

  /**
   * Returns every call active now, of every agent.
   *
   * @return a future of the active calls
   */
  default CompletableFuture<List<Call>> listActive() {
    return listActive(null, RequestOptions.none());
  }

  /**
   * Returns the one-request verbs answering with the whole response.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link CallsServiceAsync}'s one-request verbs, each a future of the {@link ApiResponse}. */
  interface WithRawResponse extends CallsVerbs<CompletableFuture<ApiResponse<EndedCall>>,
      CompletableFuture<ApiResponse<CallPage>>> {}
}
