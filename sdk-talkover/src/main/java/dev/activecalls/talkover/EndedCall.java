package dev.activecalls.talkover;

import dev.activecalls.core.OpenEnum;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's answer to ending a call ({@code POST /api/v1/agents/{agent_id}/end-call}). Talkover
 * hangs up asynchronously: the call may still be on the line for a moment after this answer.
 *
 * @param id the ended call's id, as Talkover echoed it
 * @param status the call's state now, normally {@link CallStatus#COMPLETED}; another state keeps its
 *     raw text
 * @param endedAt when Talkover ended the call ({@code ended_at})
 * @param endedReason why the call ended ({@code ended_reason}), like {@code ended_by_api}; null when
 *     Talkover sent none
 */
public record EndedCall(String id, OpenEnum<CallStatus> status, Instant endedAt,
    @Nullable String endedReason) {

  /**
   * Checks that the required components are present.
   *
   * @throws NullPointerException if any component other than {@code endedReason} is null
   */
  public EndedCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(endedAt, "endedAt");
  }
}
