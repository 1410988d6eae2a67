package dev.activecalls.vobiz;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Vobiz live calls: the live status of one call ({@code get}, {@code find}) and the UUIDs of every
 * live call on the account ({@code list}). Get it from {@link VobizClient#liveCalls()}; it is
 * thread-safe.
 *
 * <p>Every method may throw (or, for the async ones, complete with) an {@link
 * dev.activecalls.core.errors.ApiException} subclass when Vobiz answers with an error, including a
 * 200 whose body is an error; an {@link dev.activecalls.core.errors.ApiConnectionException} (or
 * {@link dev.activecalls.core.errors.ApiTimeoutException}) when no answer came; and a {@link
 * dev.activecalls.core.errors.ResponseDecodingException} when the answer is not the documented
 * JSON. A bad argument is an {@link IllegalArgumentException}, thrown before anything is sent,
 * also by the async methods.
 */
public interface LiveCallsService {

  /**
   * Returns the live status of a call: {@code GET /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=live}.
   *
   * @param callUuid the call's UUID
   * @return the live call
   * @throws dev.activecalls.core.errors.NotFoundException if the call is not live (it ended, or
   *     never existed)
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default LiveCall get(String callUuid) {
    return get(new GetLiveCallRequest(callUuid), RequestOptions.none());
  }

  /**
   * Returns the live status of a call, with per-call options.
   *
   * @param callUuid the call's UUID
   * @param options per-call timeout, retries and headers
   * @return the live call
   * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default LiveCall get(String callUuid, RequestOptions options) {
    return get(new GetLiveCallRequest(callUuid), options);
  }

  /**
   * Returns the live status of the call {@code request} names.
   *
   * @param request the call to look up
   * @return the live call
   * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
   */
  default LiveCall get(GetLiveCallRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * Returns the live status of the call {@code request} names, with per-call options.
   *
   * @param request the call to look up
   * @param options per-call timeout, retries and headers
   * @return the live call
   * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
   */
  LiveCall get(GetLiveCallRequest request, RequestOptions options);

  /**
   * Like {@link #get(String)}, without blocking the caller. Cancelling the future cancels the
   * request and any retry still to come.
   *
   * @param callUuid the call's UUID
   * @return a future of the live call; it fails with {@link
   *     dev.activecalls.core.errors.NotFoundException} if the call is not live
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default CompletableFuture<LiveCall> getAsync(String callUuid) {
    return getAsync(new GetLiveCallRequest(callUuid), RequestOptions.none());
  }

  /**
   * Like {@link #get(String, RequestOptions)}, without blocking the caller.
   *
   * @param callUuid the call's UUID
   * @param options per-call timeout, retries and headers
   * @return a future of the live call
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default CompletableFuture<LiveCall> getAsync(String callUuid, RequestOptions options) {
    return getAsync(new GetLiveCallRequest(callUuid), options);
  }

  /**
   * Like {@link #get(GetLiveCallRequest)}, without blocking the caller.
   *
   * @param request the call to look up
   * @return a future of the live call
   */
  default CompletableFuture<LiveCall> getAsync(GetLiveCallRequest request) {
    return getAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #get(GetLiveCallRequest, RequestOptions)}, without blocking the caller.
   *
   * @param request the call to look up
   * @param options per-call timeout, retries and headers
   * @return a future of the live call
   */
  CompletableFuture<LiveCall> getAsync(GetLiveCallRequest request, RequestOptions options);

  /**
   * Returns the live status of a call, or empty when it is not live: Vobiz answered 404, or
   * answered with no matching call.
   *
   * @param callUuid the call's UUID
   * @return the live call, or empty
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default Optional<LiveCall> find(String callUuid) {
    return find(new GetLiveCallRequest(callUuid), RequestOptions.none());
  }

  /**
   * Returns the live status of a call, or empty when it is not live, with per-call options.
   *
   * @param callUuid the call's UUID
   * @param options per-call timeout, retries and headers
   * @return the live call, or empty
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default Optional<LiveCall> find(String callUuid, RequestOptions options) {
    return find(new GetLiveCallRequest(callUuid), options);
  }

  /**
   * Returns the live status of the call {@code request} names, or empty when it is not live.
   *
   * @param request the call to look up
   * @return the live call, or empty
   */
  default Optional<LiveCall> find(GetLiveCallRequest request) {
    return find(request, RequestOptions.none());
  }

  /**
   * Returns the live status of the call {@code request} names, or empty when it is not live, with
   * per-call options.
   *
   * @param request the call to look up
   * @param options per-call timeout, retries and headers
   * @return the live call, or empty
   */
  Optional<LiveCall> find(GetLiveCallRequest request, RequestOptions options);

  /**
   * Like {@link #find(String)}, without blocking the caller.
   *
   * @param callUuid the call's UUID
   * @return a future of the live call, or of empty when it is not live
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default CompletableFuture<Optional<LiveCall>> findAsync(String callUuid) {
    return findAsync(new GetLiveCallRequest(callUuid), RequestOptions.none());
  }

  /**
   * Like {@link #find(String, RequestOptions)}, without blocking the caller.
   *
   * @param callUuid the call's UUID
   * @param options per-call timeout, retries and headers
   * @return a future of the live call, or of empty when it is not live
   * @throws IllegalArgumentException if {@code callUuid} is null or blank
   */
  default CompletableFuture<Optional<LiveCall>> findAsync(String callUuid, RequestOptions options) {
    return findAsync(new GetLiveCallRequest(callUuid), options);
  }

  /**
   * Like {@link #find(GetLiveCallRequest)}, without blocking the caller.
   *
   * @param request the call to look up
   * @return a future of the live call, or of empty when it is not live
   */
  default CompletableFuture<Optional<LiveCall>> findAsync(GetLiveCallRequest request) {
    return findAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #find(GetLiveCallRequest, RequestOptions)}, without blocking the caller.
   *
   * @param request the call to look up
   * @param options per-call timeout, retries and headers
   * @return a future of the live call, or of empty when it is not live
   */
  CompletableFuture<Optional<LiveCall>> findAsync(GetLiveCallRequest request, RequestOptions options);

  /**
   * Returns the UUIDs of every call live on the account: {@code GET
   * /api/v1/Account/{auth_id}/Call/?status=live}.
   *
   * @return the live calls; empty when none are live
   */
  default LiveCallList list() {
    return list(RequestOptions.none());
  }

  /**
   * Returns the UUIDs of every call live on the account, with per-call options.
   *
   * @param options per-call timeout, retries and headers
   * @return the live calls; empty when none are live
   */
  LiveCallList list(RequestOptions options);

  /**
   * Like {@link #list()}, without blocking the caller.
   *
   * @return a future of the live calls
   */
  default CompletableFuture<LiveCallList> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * Like {@link #list(RequestOptions)}, without blocking the caller.
   *
   * @param options per-call timeout, retries and headers
   * @return a future of the live calls
   */
  CompletableFuture<LiveCallList> listAsync(RequestOptions options);

  /**
   * Returns a view of this service whose methods return the HTTP status, headers and request id
   * beside the decoded body.
   *
   * @return the raw-response view
   */
  WithRawResponse withRawResponse();

  /**
   * The methods of {@link LiveCallsService}, returning {@link ApiResponse}: the decoded body with
   * the HTTP status, headers and request id of the final attempt. They throw what the plain
   * methods throw.
   */
  interface WithRawResponse {

    /**
     * Like {@link LiveCallsService#get(String)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @return the response carrying the live call
     * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default ApiResponse<LiveCall> get(String callUuid) {
      return get(new GetLiveCallRequest(callUuid), RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#get(String, RequestOptions)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @param options per-call timeout, retries and headers
     * @return the response carrying the live call
     * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default ApiResponse<LiveCall> get(String callUuid, RequestOptions options) {
      return get(new GetLiveCallRequest(callUuid), options);
    }

    /**
     * Like {@link LiveCallsService#get(GetLiveCallRequest)}, with the raw response.
     *
     * @param request the call to look up
     * @return the response carrying the live call
     * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
     */
    default ApiResponse<LiveCall> get(GetLiveCallRequest request) {
      return get(request, RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#get(GetLiveCallRequest, RequestOptions)}, with the raw
     * response.
     *
     * @param request the call to look up
     * @param options per-call timeout, retries and headers
     * @return the response carrying the live call
     * @throws dev.activecalls.core.errors.NotFoundException if the call is not live
     */
    ApiResponse<LiveCall> get(GetLiveCallRequest request, RequestOptions options);

    /**
     * Like {@link LiveCallsService#getAsync(String)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @return a future of the response carrying the live call
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default CompletableFuture<ApiResponse<LiveCall>> getAsync(String callUuid) {
      return getAsync(new GetLiveCallRequest(callUuid), RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#getAsync(String, RequestOptions)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @param options per-call timeout, retries and headers
     * @return a future of the response carrying the live call
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default CompletableFuture<ApiResponse<LiveCall>> getAsync(String callUuid, RequestOptions options) {
      return getAsync(new GetLiveCallRequest(callUuid), options);
    }

    /**
     * Like {@link LiveCallsService#getAsync(GetLiveCallRequest)}, with the raw response.
     *
     * @param request the call to look up
     * @return a future of the response carrying the live call
     */
    default CompletableFuture<ApiResponse<LiveCall>> getAsync(GetLiveCallRequest request) {
      return getAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#getAsync(GetLiveCallRequest, RequestOptions)}, with the raw
     * response.
     *
     * @param request the call to look up
     * @param options per-call timeout, retries and headers
     * @return a future of the response carrying the live call
     */
    CompletableFuture<ApiResponse<LiveCall>> getAsync(GetLiveCallRequest request, RequestOptions options);

    /**
     * Like {@link LiveCallsService#find(String)}, with the raw response; for a call that is not
     * live, the body is empty and the status, headers and request id are those of Vobiz's answer.
     *
     * @param callUuid the call's UUID
     * @return the response carrying the live call, or empty
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default ApiResponse<Optional<LiveCall>> find(String callUuid) {
      return find(new GetLiveCallRequest(callUuid), RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#find(String, RequestOptions)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @param options per-call timeout, retries and headers
     * @return the response carrying the live call, or empty
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default ApiResponse<Optional<LiveCall>> find(String callUuid, RequestOptions options) {
      return find(new GetLiveCallRequest(callUuid), options);
    }

    /**
     * Like {@link LiveCallsService#find(GetLiveCallRequest)}, with the raw response.
     *
     * @param request the call to look up
     * @return the response carrying the live call, or empty
     */
    default ApiResponse<Optional<LiveCall>> find(GetLiveCallRequest request) {
      return find(request, RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#find(GetLiveCallRequest, RequestOptions)}, with the raw
     * response.
     *
     * @param request the call to look up
     * @param options per-call timeout, retries and headers
     * @return the response carrying the live call, or empty
     */
    ApiResponse<Optional<LiveCall>> find(GetLiveCallRequest request, RequestOptions options);

    /**
     * Like {@link LiveCallsService#findAsync(String)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @return a future of the response carrying the live call, or empty
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default CompletableFuture<ApiResponse<Optional<LiveCall>>> findAsync(String callUuid) {
      return findAsync(new GetLiveCallRequest(callUuid), RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#findAsync(String, RequestOptions)}, with the raw response.
     *
     * @param callUuid the call's UUID
     * @param options per-call timeout, retries and headers
     * @return a future of the response carrying the live call, or empty
     * @throws IllegalArgumentException if {@code callUuid} is null or blank
     */
    default CompletableFuture<ApiResponse<Optional<LiveCall>>> findAsync(
        String callUuid, RequestOptions options) {
      return findAsync(new GetLiveCallRequest(callUuid), options);
    }

    /**
     * Like {@link LiveCallsService#findAsync(GetLiveCallRequest)}, with the raw response.
     *
     * @param request the call to look up
     * @return a future of the response carrying the live call, or empty
     */
    default CompletableFuture<ApiResponse<Optional<LiveCall>>> findAsync(GetLiveCallRequest request) {
      return findAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#findAsync(GetLiveCallRequest, RequestOptions)}, with the raw
     * response.
     *
     * @param request the call to look up
     * @param options per-call timeout, retries and headers
     * @return a future of the response carrying the live call, or empty
     */
    CompletableFuture<ApiResponse<Optional<LiveCall>>> findAsync(
        GetLiveCallRequest request, RequestOptions options);

    /**
     * Like {@link LiveCallsService#list()}, with the raw response.
     *
     * @return the response carrying the live calls
     */
    default ApiResponse<LiveCallList> list() {
      return list(RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#list(RequestOptions)}, with the raw response.
     *
     * @param options per-call timeout, retries and headers
     * @return the response carrying the live calls
     */
    ApiResponse<LiveCallList> list(RequestOptions options);

    /**
     * Like {@link LiveCallsService#listAsync()}, with the raw response.
     *
     * @return a future of the response carrying the live calls
     */
    default CompletableFuture<ApiResponse<LiveCallList>> listAsync() {
      return listAsync(RequestOptions.none());
    }

    /**
     * Like {@link LiveCallsService#listAsync(RequestOptions)}, with the raw response.
     *
     * @param options per-call timeout, retries and headers
     * @return a future of the response carrying the live calls
     */
    CompletableFuture<ApiResponse<LiveCallList>> listAsync(RequestOptions options);
  }
}
