package dev.activecalls.talkover;

import dev.activecalls.core.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * Which active call to look up: the one(s) between agent {@code agentId} and {@code phone}. Checked
 * when made, so a bad value fails here rather than as a silent "no active call" from Talkover.
 *
 * <pre>{@code
 * var request = new ActiveCallByPhoneRequest("agent-uuid", "+1 (555) 123-4567");
 * request.phone().e164();   // "+15551234567"
 * }</pre>
 *
 * @param agentId the agent's id (a UUID in Talkover); sent percent-encoded as one path segment
 * @param phone the phone number, in E.164 form
 */
public record ActiveCallByPhoneRequest(String agentId, PhoneNumber phone) {

  /**
   * Checks both values.
   *
   * @throws IllegalArgumentException naming {@code agentId} if it is null, blank, {@code .} or
   *     {@code ..}, starts or ends with whitespace, or is longer than 1024 UTF-8 bytes; naming
   *     {@code phone} if it is null
   */
  public ActiveCallByPhoneRequest {
    checkAgentId(agentId);
    if (phone == null) {
      throw new IllegalArgumentException("phone is required");
    }
  }

  /**
   * Makes the request from a phone number as text, normalizing it to E.164.
   *
   * @param agentId the agent's id
   * @param phone like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @throws IllegalArgumentException naming {@code phone} if it is not a valid E.164 number (see
   *     {@link PhoneNumber}), or naming {@code agentId} as above
   */
  public ActiveCallByPhoneRequest(String agentId, @Nullable String phone) {
    this(agentId, PhoneNumber.of(phone));
  }

  /**
   * Checks an agent id as every Talkover request does (here and in {@link EndCallRequest}).
   *
   * @param agentId the agent's id
   * @throws IllegalArgumentException naming {@code agentId} as the constructor says
   */
  static void checkAgentId(@Nullable String agentId) {
    PathSegments.encode("agentId", agentId); // null, blank, "." and ".." and length
    if (!agentId.equals(agentId.strip())) {
      // Sent as-is it would be a different id, and Talkover's 404 would read as "no active call".
      throw new IllegalArgumentException("agentId must not start or end with whitespace");
    }
  }
}
