package dev.activecalls.trillet;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.NotFoundException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The live calls of a Trillet workspace: {@link #list()} them all for a wallboard, {@link
 * #get(String)} or {@link #find(String)} one by room name for its transcript. Get it from {@link
 * TrilletClient#activeCalls()}; it is thread-safe.
 *
 * <p>Every method has an overload taking {@link RequestOptions} (per-call timeout, retries,
 * headers) and an {@code ...Async} twin whose future fails with the same exceptions the
 * synchronous method throws; cancelling that future cancels the HTTP call and any pending retry.
 * {@link #withRawResponse()} gives the same calls with the HTTP status, headers and request id.
 *
 * <p>Failures are unchecked {@link ActiveCallsException}s: an {@link ApiException} subclass per
 * HTTP status (401 {@code AuthenticationException}, 403 {@code PermissionDeniedException}, 404
 * {@link NotFoundException}, 429 {@code RateLimitException}, 5xx {@code InternalServerException},
 * ...), {@code ApiConnectionException} / {@code ApiTimeoutException} when no answer came, and
 * {@code ResponseDecodingException} when the answer is not the documented JSON. 408, 429 and 5xx
 * answers and connection failures are retried first, as the client's retry policy allows.
 */
public interface ActiveCallsService {

  /**
   * Lists every live call of the workspace ({@code GET /v2/api/active-calls}).
   *
   * @return the calls, with Trillet's count and server time
   * @throws ActiveCallsException if the call fails (see the class description)
   */
  default ActiveCallList list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists every live call of the workspace ({@code GET /v2/api/active-calls}).
   *
   * @param options per-call timeout, retries and headers
   * @return the calls, with Trillet's count and server time
   * @throws ActiveCallsException if the call fails (see the class description)
   */
  ActiveCallList list(RequestOptions options);

  /**
   * Returns one live call with its transcript ({@code GET /v2/api/active-calls/{roomName}}).
   *
   * @param roomName the call's LiveKit room name, like {@code call-abc123}
   * @return the call
   * @throws IllegalArgumentException if {@code roomName} is invalid (see {@link
   *     GetActiveCallRequest}); no request is sent
   * @throws NotFoundException if no live call has that room name (it ended, or never existed)
   * @throws ActiveCallsException if the call fails otherwise (see the class description)
   */
  default ActiveCallDetails get(String roomName) {
    return get(new GetActiveCallRequest(roomName), RequestOptions.none());
  }

  /**
   * Returns one live call with its transcript ({@code GET /v2/api/active-calls/{roomName}}).
   *
   * @param roomName the call's LiveKit room name, like {@code call-abc123}
   * @param options per-call timeout, retries and headers
   * @return the call
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   * @throws NotFoundException if no live call has that room name
   * @throws ActiveCallsException if the call fails otherwise
   */
  default ActiveCallDetails get(String roomName, RequestOptions options) {
    return get(new GetActiveCallRequest(roomName), options);
  }

  /**
   * Returns one live call with its transcript ({@code GET /v2/api/active-calls/{roomName}}).
   *
   * @param request the room name
   * @return the call
   * @throws NotFoundException if no live call has that room name
   * @throws ActiveCallsException if the call fails otherwise
   */
  default ActiveCallDetails get(GetActiveCallRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * Returns one live call with its transcript ({@code GET /v2/api/active-calls/{roomName}}).
   *
   * @param request the room name
   * @param options per-call timeout, retries and headers
   * @return the call
   * @throws NotFoundException if no live call has that room name
   * @throws ActiveCallsException if the call fails otherwise
   */
  ActiveCallDetails get(GetActiveCallRequest request, RequestOptions options);

  /**
   * Looks up one live call with its transcript; a 404 (call ended or unknown) is an empty result.
   *
   * @param roomName the call's LiveKit room name, like {@code call-abc123}
   * @return the call, or empty when Trillet answered 404
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   * @throws ActiveCallsException if the call fails otherwise
   */
  default Optional<ActiveCallDetails> find(String roomName) {
    return find(new GetActiveCallRequest(roomName), RequestOptions.none());
  }

  /**
   * Looks up one live call with its transcript; a 404 is an empty result.
   *
   * @param roomName the call's LiveKit room name
   * @param options per-call timeout, retries and headers
   * @return the call, or empty when Trillet answered 404
   * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
   * @throws ActiveCallsException if the call fails otherwise
   */
  default Optional<ActiveCallDetails> find(String roomName, RequestOptions options) {
    return find(new GetActiveCallRequest(roomName), options);
  }

  /**
   * Looks up one live call with its transcript; a 404 is an empty result.
   *
   * @param request the room name
   * @return the call, or empty when Trillet answered 404
   * @throws ActiveCallsException if the call fails otherwise
   */
  default Optional<ActiveCallDetails> find(GetActiveCallRequest request) {
    return find(request, RequestOptions.none());
  }

  /**
   * Looks up one live call with its transcript; a 404 is an empty result.
   *
   * @param request the room name
   * @param options per-call timeout, retries and headers
   * @return the call, or empty when Trillet answered 404
   * @throws ActiveCallsException if the call fails otherwise
   */
  Optional<ActiveCallDetails> find(GetActiveCallRequest request, RequestOptions options);

  /**
   * Like {@link #list()}, without blocking.
   *
   * @return a future of the calls, failing with the exceptions {@link #list()} throws
   */
  default CompletableFuture<ActiveCallList> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /**
   * Like {@link #list(RequestOptions)}, without blocking.
   *
   * @param options per-call timeout, retries and headers
   * @return a future of the calls, failing with the exceptions {@link #list()} throws
   */
  CompletableFuture<ActiveCallList> listAsync(RequestOptions options);

  /**
   * Like {@link #get(String)}, without blocking.
   *
   * @param roomName the call's LiveKit room name
   * @return a future of the call, failing with {@link NotFoundException} on 404
   * @throws IllegalArgumentException at once (not through the future) if {@code roomName} is
   *     invalid; no request is sent
   */
  default CompletableFuture<ActiveCallDetails> getAsync(String roomName) {
    return getAsync(new GetActiveCallRequest(roomName), RequestOptions.none());
  }

  /**
   * Like {@link #get(String, RequestOptions)}, without blocking.
   *
   * @param roomName the call's LiveKit room name
   * @param options per-call timeout, retries and headers
   * @return a future of the call, failing with {@link NotFoundException} on 404
   * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
   */
  default CompletableFuture<ActiveCallDetails> getAsync(String roomName, RequestOptions options) {
    return getAsync(new GetActiveCallRequest(roomName), options);
  }

  /**
   * Like {@link #get(GetActiveCallRequest)}, without blocking.
   *
   * @param request the room name
   * @return a future of the call, failing with {@link NotFoundException} on 404
   */
  default CompletableFuture<ActiveCallDetails> getAsync(GetActiveCallRequest request) {
    return getAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #get(GetActiveCallRequest, RequestOptions)}, without blocking.
   *
   * @param request the room name
   * @param options per-call timeout, retries and headers
   * @return a future of the call, failing with {@link NotFoundException} on 404
   */
  CompletableFuture<ActiveCallDetails> getAsync(GetActiveCallRequest request, RequestOptions options);

  /**
   * Like {@link #find(String)}, without blocking.
   *
   * @param roomName the call's LiveKit room name
   * @return a future of the call, or of empty when Trillet answered 404
   * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
   */
  default CompletableFuture<Optional<ActiveCallDetails>> findAsync(String roomName) {
    return findAsync(new GetActiveCallRequest(roomName), RequestOptions.none());
  }

  /**
   * Like {@link #find(String, RequestOptions)}, without blocking.
   *
   * @param roomName the call's LiveKit room name
   * @param options per-call timeout, retries and headers
   * @return a future of the call, or of empty when Trillet answered 404
   * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
   */
  default CompletableFuture<Optional<ActiveCallDetails>> findAsync(
      String roomName, RequestOptions options) {
    return findAsync(new GetActiveCallRequest(roomName), options);
  }

  /**
   * Like {@link #find(GetActiveCallRequest)}, without blocking.
   *
   * @param request the room name
   * @return a future of the call, or of empty when Trillet answered 404
   */
  default CompletableFuture<Optional<ActiveCallDetails>> findAsync(GetActiveCallRequest request) {
    return findAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #find(GetActiveCallRequest, RequestOptions)}, without blocking.
   *
   * @param request the room name
   * @param options per-call timeout, retries and headers
   * @return a future of the call, or of empty when Trillet answered 404
   */
  CompletableFuture<Optional<ActiveCallDetails>> findAsync(
      GetActiveCallRequest request, RequestOptions options);

  /**
   * Returns the same calls, answering with the HTTP status, headers and Trillet's request id
   * beside the decoded body.
   *
   * @return the raw-response view of this service
   */
  WithRawResponse withRawResponse();

  /**
   * The calls of {@link ActiveCallsService}, each answering with an {@link ApiResponse}: the
   * decoded body plus the status, headers and request id of the final attempt. Errors are thrown
   * exactly as in {@link ActiveCallsService}.
   */
  interface WithRawResponse {

    /**
     * Lists every live call of the workspace.
     *
     * @return the response with the calls
     * @throws ActiveCallsException if the call fails
     */
    default ApiResponse<ActiveCallList> list() {
      return list(RequestOptions.none());
    }

    /**
     * Lists every live call of the workspace.
     *
     * @param options per-call timeout, retries and headers
     * @return the response with the calls
     * @throws ActiveCallsException if the call fails
     */
    ApiResponse<ActiveCallList> list(RequestOptions options);

    /**
     * Returns one live call with its transcript.
     *
     * @param roomName the call's LiveKit room name
     * @return the response with the call
     * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
     * @throws NotFoundException if no live call has that room name
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<ActiveCallDetails> get(String roomName) {
      return get(new GetActiveCallRequest(roomName), RequestOptions.none());
    }

    /**
     * Returns one live call with its transcript.
     *
     * @param roomName the call's LiveKit room name
     * @param options per-call timeout, retries and headers
     * @return the response with the call
     * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
     * @throws NotFoundException if no live call has that room name
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<ActiveCallDetails> get(String roomName, RequestOptions options) {
      return get(new GetActiveCallRequest(roomName), options);
    }

    /**
     * Returns one live call with its transcript.
     *
     * @param request the room name
     * @return the response with the call
     * @throws NotFoundException if no live call has that room name
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<ActiveCallDetails> get(GetActiveCallRequest request) {
      return get(request, RequestOptions.none());
    }

    /**
     * Returns one live call with its transcript.
     *
     * @param request the room name
     * @param options per-call timeout, retries and headers
     * @return the response with the call
     * @throws NotFoundException if no live call has that room name
     * @throws ActiveCallsException if the call fails otherwise
     */
    ApiResponse<ActiveCallDetails> get(GetActiveCallRequest request, RequestOptions options);

    /**
     * Looks up one live call; a 404 is an empty body carrying the 404's status, headers and
     * request id.
     *
     * @param roomName the call's LiveKit room name
     * @return the response with the call, or with an empty body for 404
     * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<Optional<ActiveCallDetails>> find(String roomName) {
      return find(new GetActiveCallRequest(roomName), RequestOptions.none());
    }

    /**
     * Looks up one live call; a 404 is an empty body carrying the 404's status, headers and
     * request id.
     *
     * @param roomName the call's LiveKit room name
     * @param options per-call timeout, retries and headers
     * @return the response with the call, or with an empty body for 404
     * @throws IllegalArgumentException if {@code roomName} is invalid; no request is sent
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<Optional<ActiveCallDetails>> find(String roomName, RequestOptions options) {
      return find(new GetActiveCallRequest(roomName), options);
    }

    /**
     * Looks up one live call; a 404 is an empty body carrying the 404's status, headers and
     * request id.
     *
     * @param request the room name
     * @return the response with the call, or with an empty body for 404
     * @throws ActiveCallsException if the call fails otherwise
     */
    default ApiResponse<Optional<ActiveCallDetails>> find(GetActiveCallRequest request) {
      return find(request, RequestOptions.none());
    }

    /**
     * Looks up one live call; a 404 is an empty body carrying the 404's status, headers and
     * request id.
     *
     * @param request the room name
     * @param options per-call timeout, retries and headers
     * @return the response with the call, or with an empty body for 404
     * @throws ActiveCallsException if the call fails otherwise
     */
    ApiResponse<Optional<ActiveCallDetails>> find(GetActiveCallRequest request, RequestOptions options);

    /**
     * Like {@link #list()}, without blocking.
     *
     * @return a future of the response
     */
    default CompletableFuture<ApiResponse<ActiveCallList>> listAsync() {
      return listAsync(RequestOptions.none());
    }

    /**
     * Like {@link #list(RequestOptions)}, without blocking.
     *
     * @param options per-call timeout, retries and headers
     * @return a future of the response
     */
    CompletableFuture<ApiResponse<ActiveCallList>> listAsync(RequestOptions options);

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param roomName the call's LiveKit room name
     * @return a future of the response, failing with {@link NotFoundException} on 404
     * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
     */
    default CompletableFuture<ApiResponse<ActiveCallDetails>> getAsync(String roomName) {
      return getAsync(new GetActiveCallRequest(roomName), RequestOptions.none());
    }

    /**
     * Like {@link #get(String, RequestOptions)}, without blocking.
     *
     * @param roomName the call's LiveKit room name
     * @param options per-call timeout, retries and headers
     * @return a future of the response, failing with {@link NotFoundException} on 404
     * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
     */
    default CompletableFuture<ApiResponse<ActiveCallDetails>> getAsync(
        String roomName, RequestOptions options) {
      return getAsync(new GetActiveCallRequest(roomName), options);
    }

    /**
     * Like {@link #get(GetActiveCallRequest)}, without blocking.
     *
     * @param request the room name
     * @return a future of the response, failing with {@link NotFoundException} on 404
     */
    default CompletableFuture<ApiResponse<ActiveCallDetails>> getAsync(GetActiveCallRequest request) {
      return getAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link #get(GetActiveCallRequest, RequestOptions)}, without blocking.
     *
     * @param request the room name
     * @param options per-call timeout, retries and headers
     * @return a future of the response, failing with {@link NotFoundException} on 404
     */
    CompletableFuture<ApiResponse<ActiveCallDetails>> getAsync(
        GetActiveCallRequest request, RequestOptions options);

    /**
     * Like {@link #find(String)}, without blocking.
     *
     * @param roomName the call's LiveKit room name
     * @return a future of the response, with an empty body for 404
     * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>> findAsync(String roomName) {
      return findAsync(new GetActiveCallRequest(roomName), RequestOptions.none());
    }

    /**
     * Like {@link #find(String, RequestOptions)}, without blocking.
     *
     * @param roomName the call's LiveKit room name
     * @param options per-call timeout, retries and headers
     * @return a future of the response, with an empty body for 404
     * @throws IllegalArgumentException at once if {@code roomName} is invalid; no request is sent
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>> findAsync(
        String roomName, RequestOptions options) {
      return findAsync(new GetActiveCallRequest(roomName), options);
    }

    /**
     * Like {@link #find(GetActiveCallRequest)}, without blocking.
     *
     * @param request the room name
     * @return a future of the response, with an empty body for 404
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>> findAsync(
        GetActiveCallRequest request) {
      return findAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link #find(GetActiveCallRequest, RequestOptions)}, without blocking.
     *
     * @param request the room name
     * @param options per-call timeout, retries and headers
     * @return a future of the response, with an empty body for 404
     */
    CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>> findAsync(
        GetActiveCallRequest request, RequestOptions options);
  }
}
