package dev.activecalls.talkover;

import dev.activecalls.core.OpenEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call between a Talkover agent and a phone number that is still going on (initiated, ringing
 * or answered).
 *
 * @param id the call's id, like {@code call-uuid-1}; quote it to Talkover or use it in other
 *     call endpoints
 * @param agentId the agent on the call ({@code agent_id})
 * @param to the phone number the call is with, as Talkover wrote it (normally E.164, like {@code
 *     +15551234567})
 * @param status where the call is; known values are {@link CallStatus}, others keep their raw text
 * @param startedAt when the call started ({@code started_at})
 * @param duration how long the call has lasted so far ({@code duration_seconds}), or null when
 *     Talkover sent none
 */
public record ActiveCall(
    String id,
    String agentId,
    String to,
    OpenEnum<CallStatus> status,
    Instant startedAt,
    @Nullable Duration duration) {

  /**
   * Checks that the required components are present.
   *
   * @throws NullPointerException if any component other than {@code duration} is null
   */
  public ActiveCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
