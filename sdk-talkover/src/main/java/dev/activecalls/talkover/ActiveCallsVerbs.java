package dev.activecalls.talkover;

import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ActiveCallsException;

/**
 * The verbs on Talkover's active calls, {@code GET /api/v1/agents/{agent_id}/active-call/{phone}},
 * said once for every view ({@link ActiveCallsService}, {@link ActiveCallsServiceAsync} and their
 * {@code withRawResponse()}): {@link #listByPhone(String, String)} and {@link
 * #findByPhone(String, String)}. Each also takes its typed request ({@link
 * ActiveCallByPhoneRequest}), and the request plus {@link RequestOptions} (timeout, retries,
 * headers for one call).
 *
 * <p>"No active call" is an answer, not an error: Talkover says it with a 404, which these verbs
 * return as an empty list or an empty {@code Optional} ({@code withRawResponse()} shows the 404's
 * status and headers). A 404 that says the agent is unknown ({@code Agent not found}, or the code
 * {@code AGENT_NOT_FOUND}) is a {@link dev.activecalls.core.errors.NotFoundException} instead: a
 * typo in the agent id must not read as "safe to dial". Phone numbers are normalized to E.164 ({@code +1 (555) 123-4567}
 * becomes {@code +15551234567}) and checked before anything is sent (see {@link PhoneNumber}).
 *
 * @param <L> what {@code listByPhone} returns in the view
 * @param <F> what {@code findByPhone} returns in the view
 */
public interface ActiveCallsVerbs<L, F> {

  /**
   * Returns the calls going on between the agent and the phone number, usually none or one.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @return the active calls in Talkover's order, empty when there is none; as the view returns
   *     them
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid; nothing is
   *     sent
   * @throws dev.activecalls.core.errors.NotFoundException if Talkover does not know the agent
   * @throws ActiveCallsException if Talkover answered with another error or could not be reached
   *     (an async view's future fails with it)
   */
  default L listByPhone(String agentId, String phone) {
    return listByPhone(new ActiveCallByPhoneRequest(agentId, phone));
  }

  /**
   * {@link #listByPhone(String, String)} with the typed request.
   *
   * @param request the agent and phone number
   * @return the active calls, as the view returns them
   */
  default L listByPhone(ActiveCallByPhoneRequest request) {
    return listByPhone(request, RequestOptions.none());
  }

  /**
   * {@link #listByPhone(String, String)} with the typed request and options for this call.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return the active calls, as the view returns them
   */
  L listByPhone(ActiveCallByPhoneRequest request, RequestOptions options);

  /**
   * Returns the call between the agent and the phone number; when Talkover reports several, the
   * one that started last.
   *
   * @param agentId the agent's id
   * @param phone the number, like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @return the call, or empty when there is none; as the view returns it
   * @throws IllegalArgumentException if {@code agentId} or {@code phone} is invalid; nothing is
   *     sent
   * @throws dev.activecalls.core.errors.NotFoundException if Talkover does not know the agent
   * @throws ActiveCallsException if Talkover answered with another error or could not be reached
   *     (an async view's future fails with it)
   */
  default F findByPhone(String agentId, String phone) {
    return findByPhone(new ActiveCallByPhoneRequest(agentId, phone));
  }

  /**
   * {@link #findByPhone(String, String)} with the typed request.
   *
   * @param request the agent and phone number
   * @return the call or empty, as the view returns it
   */
  default F findByPhone(ActiveCallByPhoneRequest request) {
    return findByPhone(request, RequestOptions.none());
  }

  /**
   * {@link #findByPhone(String, String)} with the typed request and options for this call.
   *
   * @param request the agent and phone number
   * @param options timeout, retries and extra headers for this call
   * @return the call or empty, as the view returns it
   */
  F findByPhone(ActiveCallByPhoneRequest request, RequestOptions options);
}
