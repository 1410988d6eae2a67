package dev.activecalls.trillet;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Trillet's answer to ending a call ({@code POST /v2/api/active-calls/{roomName}/end-call}): the
 * call has ended and no longer shows in the live list.
 *
 * @param roomName the ended call's LiveKit room name, as Trillet echoed it
 * @param endTime when Trillet ended the call
 * @param message Trillet's own words, like {@code Call ended successfully}; null when it sent none
 */
public record EndedCall(String roomName, Instant endTime, @Nullable String message) {

  /** Checks that the required parts are present. */
  public EndedCall {
    Objects.requireNonNull(roomName, "roomName");
    Objects.requireNonNull(endTime, "endTime");
  }
}
