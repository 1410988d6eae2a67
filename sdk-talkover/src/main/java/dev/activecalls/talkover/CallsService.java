package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.AutoPager;
import dev.activecalls.core.RequestOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's calls, blocking: {@link CallsVerbs list} one page, {@link #listAll} every page
 * lazily, {@link #listActive} the calls going on now, and {@link CallsVerbs end} one call. Get it
 * from {@link TalkoverClient#calls()}; it is thread-safe. {@link TalkoverClient#async()} has the
 * same verbs returning futures, and {@link #withRawResponse()} the one-request verbs returning the
 * {@link ApiResponse} with status, headers and request id.
 */
public interface CallsService extends CallsVerbs<EndedCall, CallPage> {

  /**
   * Returns every call {@code request} matches, from its page on (the first if it names none),
   * fetching a page only when the calls before it have been read. Without a {@code perPage} it
   * asks for 100 calls a page, Talkover's most, to make the fewest requests. Each page is a {@link
   * #list(CallListRequest, RequestOptions) list} call with {@code options}; its failure is thrown
   * while iterating. Calls that change state between two pages can be missed or seen twice, as in
   * any paged list.
   *
   * @param request the filters, and the page to start at
   * @param options timeout, retries and extra headers for each page's request
   * @return the calls; iterate it, or {@link AutoPager#stream()} it
   * @throws NullPointerException if {@code request} or {@code options} is null
   */
  AutoPager<Call> listAll(CallListRequest request, RequestOptions options);

  /**
   * Returns every call {@code request} matches, as {@link #listAll(CallListRequest,
   * RequestOptions)} does, with the client's settings.
   *
   * @param request the filters, and the page to start at
   * @return the calls, fetched as they are read
   */
  default AutoPager<Call> listAll(CallListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Returns every call of an agent that is active now: initiated, ringing or answered. Talkover
   * filters by one status a request, so this lists each of the three in that order, every page,
   * and keeps a call once (its latest state) when it moved on between two lists: a call that
   * moves forward moves into a list not yet read, so it is not missed.
   *
   * @param agentId the agent, or null for every agent
   * @param options timeout, retries and extra headers for each request
   * @return the active calls, oldest list first; unmodifiable
   * @throws IllegalArgumentException if {@code agentId} is invalid as {@link CallListRequest}
   *     says; nothing is sent
   * @throws dev.activecalls.core.errors.NotFoundException if Talkover does not know the agent
   */
  List<Call> listActive(@Nullable String agentId, RequestOptions options);

  /**
   * Returns every call of an agent that is active now, as {@link #listActive(String,
   * RequestOptions)} does.
   *
   * @param agentId the agent
   * @return the active calls; unmodifiable
   */
  default List<Call> listActive(String agentId) {
    return listActive(agentId, RequestOptions.none());
  }

  /**
   * Returns every call active now, of every agent, as {@link #listActive(String, RequestOptions)}
   * does.
   *
   * @return the active calls; unmodifiable
   */
  default List<Call> listActive() {
    return listActive(null, RequestOptions.none());
  }

  /**
   * Returns the one-request verbs answering with the whole response: status, headers, request id,
   * body.
   *
   * @return the raw view of this service
   */
  WithRawResponse withRawResponse();

  /** {@link CallsService}'s one-request verbs, each returning the {@link ApiResponse}. */
  interface WithRawResponse extends CallsVerbs<ApiResponse<EndedCall>, ApiResponse<CallPage>> {}
}
