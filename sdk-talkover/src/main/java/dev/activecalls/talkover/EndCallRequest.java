package dev.activecalls.talkover;

import dev.activecalls.core.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * Asks Talkover to end one call of an agent ({@code POST /api/v1/agents/{agent_id}/end-call}, body
 * {@code {"call_sid": callId}}). Checked when made, before any request is sent.
 *
 * @param agentId the agent's id (a UUID in Talkover); sent percent-encoded as one path segment
 * @param callId the call's {@code id}, as {@link ActiveCall#id()} gives it (Talkover names the
 *     body field {@code call_sid}, but wants the id); sent as is in the JSON body
 */
public record EndCallRequest(String agentId, String callId) {

  /**
   * Checks both values.
   *
   * @throws IllegalArgumentException naming {@code agentId} if it is invalid as {@link
   *     ActiveCallByPhoneRequest} says; naming {@code callId} if it is null, blank or holds a lone
   *     surrogate
   */
  public EndCallRequest {
    ActiveCallByPhoneRequest.checkAgentId(agentId);
    checkCallId(callId);
  }

  private static void checkCallId(@Nullable String callId) {
    if (callId == null) {
      throw new IllegalArgumentException("callId is required");
    }
    if (callId.isBlank()) {
      throw new IllegalArgumentException("callId must not be blank");
    }
    // JSON would carry a lone surrogate as an escape Talkover may read as another id, or reject.
    PathSegments.checkSurrogates("callId", callId);
  }
}
