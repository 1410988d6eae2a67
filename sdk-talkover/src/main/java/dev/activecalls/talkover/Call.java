package dev.activecalls.talkover;

import dev.activecalls.core.OpenEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call as Talkover's call lists report it ({@code GET /api/v1/calls} and {@code GET
 * /api/v1/agents/{agent_id}/calls}): active or over.
 *
 * @param id the call's id; what {@link CallsVerbs#end(String, String)} takes
 * @param sid the telephony provider's call SID, or null when Talkover sent none
 * @param to the number called, as Talkover wrote it (normally E.164), or null
 * @param toFormatted {@code to} formatted for display, like {@code (123) 456-7890}, or null
 * @param from the calling number, as Talkover wrote it, or null
 * @param fromFormatted {@code from} formatted for display, or null
 * @param testing whether Talkover marked it a test call ({@code is_testing}); false when absent
 * @param direction inbound or outbound, or null when Talkover sent none
 * @param status where the call is; known values are {@link CallStatus}, others keep their raw text
 * @param duration how long the call lasted, or has lasted so far ({@code duration}, seconds), or
 *     null when Talkover sent none
 * @param agent the call's agent; null on {@code /agents/{agent_id}/calls}, which leaves it out
 * @param createdAt when the call was created ({@code created_at})
 * @param updatedAt when Talkover last changed it ({@code updated_at}), or null
 */
public record Call(
    String id,
    @Nullable String sid,
    @Nullable String to,
    @Nullable String toFormatted,
    @Nullable String from,
    @Nullable String fromFormatted,
    boolean testing,
    @Nullable OpenEnum<CallDirection> direction,
    OpenEnum<CallStatus> status,
    @Nullable Duration duration,
    @Nullable CallAgent agent,
    Instant createdAt,
    @Nullable Instant updatedAt) {

  /**
   * Checks that the required components are present.
   *
   * @throws NullPointerException if {@code id}, {@code status} or {@code createdAt} is null
   */
  public Call {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Tells whether the call is active: its status is initiated, ringing or answered. A status this
   * SDK does not know is not active.
   *
   * @return true if the call is still going on
   */
  public boolean isActive() {
    return status.known().map(CallStatus::isActive).orElse(false);
  }
}
