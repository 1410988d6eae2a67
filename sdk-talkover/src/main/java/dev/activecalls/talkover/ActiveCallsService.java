package dev.activecalls.talkover;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ActiveCallsException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Talkover's active calls: {@code GET /api/v1/agents/{agent_id}/active-call/{phone}}. Get it from
 * {@link TalkoverClient#activeCalls()}.
 *
 * <p>"No active call" is an answer, not an error: Talkover says it with a 404, which these methods
 * return as an empty list or an empty {@code Optional}. Every 404 reads that way, including one
 * for an agent id Talkover does not know; {@link #withRawResponse()} shows the status and headers
 * when that needs telling apart.
 *
 * <p>Phone numbers are normalized to E.164 ({@code +1 (555) 123-4567} becomes {@code
 * +15551234567}) and checked before anything is sent (see {@link PhoneNumber}). Every method
 * throws {@link IllegalArgumentException} for a bad agent id or phone number, before any request;
 * the synchronous ones throw, and the asynchronous ones fail with, the {@link
 * ActiveCallsException} subclasses for what went wrong on the way (authentication, rate limit,
 * server error, connection, timeout, undecodable body).
 */
public interface ActiveCallsService {

  /**
   * Returns the calls going on between the agent and the phone number, usually none or one.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @return the active calls in Talkover's order; empty when there is none
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default List<ActiveCall> listByPhone(String agentId, String phone) {
    return listByPhone(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
  }

  /**
   * Returns the calls going on between the agent and the phone number, with per-call options.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567}
   * @param options timeout, retries and extra headers for this call
   * @return the active calls; empty when there is none
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default List<ActiveCall> listByPhone(String agentId, String phone, RequestOptions options) {
    return listByPhone(new ActiveCallByPhoneRequest(agentId, phone), options);
  }

  /**
   * Returns the calls going on for {@code request}.
   *
   * @param request the agent and phone number
   * @return the active calls; empty when there is none
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default List<ActiveCall> listByPhone(ActiveCallByPhoneRequest request) {
    return listByPhone(request, RequestOptions.none());
  }

  /**
   * Returns the calls going on for {@code request}, with per-call options.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return the active calls; empty when there is none
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  List<ActiveCall> listByPhone(ActiveCallByPhoneRequest request, RequestOptions options);

  /**
   * Returns the call between the agent and the phone number; when Talkover reports several, the
   * one that started last.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @return the call, or empty when there is none
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default Optional<ActiveCall> findByPhone(String agentId, String phone) {
    return findByPhone(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
  }

  /**
   * Returns the most recently started call between the agent and the phone number, with per-call
   * options.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567}
   * @param options timeout, retries and extra headers for this call
   * @return the call, or empty when there is none
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default Optional<ActiveCall> findByPhone(String agentId, String phone, RequestOptions options) {
    return findByPhone(new ActiveCallByPhoneRequest(agentId, phone), options);
  }

  /**
   * Returns the most recently started call for {@code request}.
   *
   * @param request the agent and phone number
   * @return the call, or empty when there is none
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  default Optional<ActiveCall> findByPhone(ActiveCallByPhoneRequest request) {
    return findByPhone(request, RequestOptions.none());
  }

  /**
   * Returns the most recently started call for {@code request}, with per-call options.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return the call, or empty when there is none
   * @throws ActiveCallsException if Talkover answered with an error or could not be reached
   */
  Optional<ActiveCall> findByPhone(ActiveCallByPhoneRequest request, RequestOptions options);

  /**
   * Like {@link #listByPhone(String, String)}, without blocking the caller. Cancelling the future
   * cancels the HTTP call and any retry still to come.
   *
   * @param agentId the agent's id
   * @param phone the number
   * @return a future of the active calls (empty when there is none)
   * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
   */
  default CompletableFuture<List<ActiveCall>> listByPhoneAsync(String agentId, String phone) {
    return listByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
  }

  /**
   * Like {@link #listByPhone(String, String, RequestOptions)}, without blocking the caller.
   *
   * @param agentId the agent's id
   * @param phone the number
   * @param options timeout, retries and extra headers for this call
   * @return a future of the active calls (empty when there is none)
   * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
   */
  default CompletableFuture<List<ActiveCall>> listByPhoneAsync(
      String agentId, String phone, RequestOptions options) {
    return listByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), options);
  }

  /**
   * Like {@link #listByPhone(ActiveCallByPhoneRequest)}, without blocking the caller.
   *
   * @param request the agent and phone number
   * @return a future of the active calls (empty when there is none)
   */
  default CompletableFuture<List<ActiveCall>> listByPhoneAsync(ActiveCallByPhoneRequest request) {
    return listByPhoneAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #listByPhone(ActiveCallByPhoneRequest, RequestOptions)}, without blocking the
   * caller.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return a future of the active calls (empty when there is none)
   */
  CompletableFuture<List<ActiveCall>> listByPhoneAsync(
      ActiveCallByPhoneRequest request, RequestOptions options);

  /**
   * Like {@link #findByPhone(String, String)}, without blocking the caller. Cancelling the future
   * cancels the HTTP call and any retry still to come.
   *
   * @param agentId the agent's id
   * @param phone the number
   * @return a future of the most recently started call, or of empty when there is none
   * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
   */
  default CompletableFuture<Optional<ActiveCall>> findByPhoneAsync(String agentId, String phone) {
    return findByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
  }

  /**
   * Like {@link #findByPhone(String, String, RequestOptions)}, without blocking the caller.
   *
   * @param agentId the agent's id
   * @param phone the number
   * @param options timeout, retries and extra headers for this call
   * @return a future of the most recently started call, or of empty when there is none
   * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
   */
  default CompletableFuture<Optional<ActiveCall>> findByPhoneAsync(
      String agentId, String phone, RequestOptions options) {
    return findByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), options);
  }

  /**
   * Like {@link #findByPhone(ActiveCallByPhoneRequest)}, without blocking the caller.
   *
   * @param request the agent and phone number
   * @return a future of the most recently started call, or of empty when there is none
   */
  default CompletableFuture<Optional<ActiveCall>> findByPhoneAsync(ActiveCallByPhoneRequest request) {
    return findByPhoneAsync(request, RequestOptions.none());
  }

  /**
   * Like {@link #findByPhone(ActiveCallByPhoneRequest, RequestOptions)}, without blocking the
   * caller.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return a future of the most recently started call, or of empty when there is none
   */
  CompletableFuture<Optional<ActiveCall>> findByPhoneAsync(
      ActiveCallByPhoneRequest request, RequestOptions options);

  /**
   * Returns the same calls, answering with the HTTP status, headers and request id beside the
   * body.
   *
   * @return the raw-response view
   */
  WithRawResponse withRawResponse();

  /**
   * The calls of {@link ActiveCallsService}, each returning an {@link ApiResponse}: the decoded
   * body with the status, headers and request id of the final attempt. "No active call" comes back
   * with Talkover's real status (normally 404) and an empty body.
   */
  interface WithRawResponse {

    /**
     * Returns the active calls with the response they came in.
     *
     * @param agentId the agent's id
     * @param phone the number, like {@code +15551234567}
     * @return the response; its body is empty when there is no active call
     * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<List<ActiveCall>> listByPhone(String agentId, String phone) {
      return listByPhone(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
    }

    /**
     * Returns the active calls with the response they came in, with per-call options.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @param options timeout, retries and extra headers for this call
     * @return the response; its body is empty when there is no active call
     * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<List<ActiveCall>> listByPhone(
        String agentId, String phone, RequestOptions options) {
      return listByPhone(new ActiveCallByPhoneRequest(agentId, phone), options);
    }

    /**
     * Returns the active calls for {@code request} with the response they came in.
     *
     * @param request the agent and phone number
     * @return the response; its body is empty when there is no active call
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<List<ActiveCall>> listByPhone(ActiveCallByPhoneRequest request) {
      return listByPhone(request, RequestOptions.none());
    }

    /**
     * Returns the active calls for {@code request} with the response they came in, with per-call
     * options.
     *
     * @param request the agent and phone number
     * @param options timeout, retries and extra headers for this call
     * @return the response; its body is empty when there is no active call
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    ApiResponse<List<ActiveCall>> listByPhone(ActiveCallByPhoneRequest request, RequestOptions options);

    /**
     * Returns the most recently started call with the response it came in.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @return the response; its body is empty when there is no active call
     * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<Optional<ActiveCall>> findByPhone(String agentId, String phone) {
      return findByPhone(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
    }

    /**
     * Returns the most recently started call with the response it came in, with per-call options.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @param options timeout, retries and extra headers for this call
     * @return the response; its body is empty when there is no active call
     * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<Optional<ActiveCall>> findByPhone(
        String agentId, String phone, RequestOptions options) {
      return findByPhone(new ActiveCallByPhoneRequest(agentId, phone), options);
    }

    /**
     * Returns the most recently started call for {@code request} with the response it came in.
     *
     * @param request the agent and phone number
     * @return the response; its body is empty when there is no active call
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    default ApiResponse<Optional<ActiveCall>> findByPhone(ActiveCallByPhoneRequest request) {
      return findByPhone(request, RequestOptions.none());
    }

    /**
     * Returns the most recently started call for {@code request} with the response it came in,
     * with per-call options.
     *
     * @param request the agent and phone number
     * @param options timeout, retries and extra headers for this call
     * @return the response; its body is empty when there is no active call
     * @throws ActiveCallsException if Talkover answered with an error or could not be reached
     */
    ApiResponse<Optional<ActiveCall>> findByPhone(
        ActiveCallByPhoneRequest request, RequestOptions options);

    /**
     * Like {@link #listByPhone(String, String)}, without blocking the caller.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @return a future of the response
     * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
     */
    default CompletableFuture<ApiResponse<List<ActiveCall>>> listByPhoneAsync(
        String agentId, String phone) {
      return listByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
    }

    /**
     * Like {@link #listByPhone(String, String, RequestOptions)}, without blocking the caller.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @param options timeout, retries and extra headers for this call
     * @return a future of the response
     * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
     */
    default CompletableFuture<ApiResponse<List<ActiveCall>>> listByPhoneAsync(
        String agentId, String phone, RequestOptions options) {
      return listByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), options);
    }

    /**
     * Like {@link #listByPhone(ActiveCallByPhoneRequest)}, without blocking the caller.
     *
     * @param request the agent and phone number
     * @return a future of the response
     */
    default CompletableFuture<ApiResponse<List<ActiveCall>>> listByPhoneAsync(
        ActiveCallByPhoneRequest request) {
      return listByPhoneAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link #listByPhone(ActiveCallByPhoneRequest, RequestOptions)}, without blocking the
     * caller. Cancelling the future cancels the HTTP call and any retry still to come.
     *
     * @param request the agent and phone number
     * @param options timeout, retries and extra headers for this call
     * @return a future of the response
     */
    CompletableFuture<ApiResponse<List<ActiveCall>>> listByPhoneAsync(
        ActiveCallByPhoneRequest request, RequestOptions options);

    /**
     * Like {@link #findByPhone(String, String)}, without blocking the caller.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @return a future of the response
     * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCall>>> findByPhoneAsync(
        String agentId, String phone) {
      return findByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), RequestOptions.none());
    }

    /**
     * Like {@link #findByPhone(String, String, RequestOptions)}, without blocking the caller.
     *
     * @param agentId the agent's id
     * @param phone the number
     * @param options timeout, retries and extra headers for this call
     * @return a future of the response
     * @throws IllegalArgumentException at once, if {@code agentId} or {@code phone} is invalid
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCall>>> findByPhoneAsync(
        String agentId, String phone, RequestOptions options) {
      return findByPhoneAsync(new ActiveCallByPhoneRequest(agentId, phone), options);
    }

    /**
     * Like {@link #findByPhone(ActiveCallByPhoneRequest)}, without blocking the caller.
     *
     * @param request the agent and phone number
     * @return a future of the response
     */
    default CompletableFuture<ApiResponse<Optional<ActiveCall>>> findByPhoneAsync(
        ActiveCallByPhoneRequest request) {
      return findByPhoneAsync(request, RequestOptions.none());
    }

    /**
     * Like {@link #findByPhone(ActiveCallByPhoneRequest, RequestOptions)}, without blocking the
     * caller. Cancelling the future cancels the HTTP call and any retry still to come.
     *
     * @param request the agent and phone number
     * @param options timeout, retries and extra headers for this call
     * @return a future of the response
     */
    CompletableFuture<ApiResponse<Optional<ActiveCall>>> findByPhoneAsync(
        ActiveCallByPhoneRequest request, RequestOptions options);
  }
}
