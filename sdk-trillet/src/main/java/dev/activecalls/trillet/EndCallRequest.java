package dev.activecalls.trillet;

/**
 * Asks Trillet to end one live call ({@code POST /v2/api/active-calls/{roomName}/end-call}). The
 * room name is checked here exactly as {@link GetActiveCallRequest} checks it, before any request
 * is sent, and goes out as one percent-encoded path segment.
 *
 * @param roomName the call's LiveKit room name, like {@code call-abc123}, exactly as Trillet
 *     reported it (not trimmed)
 */
public record EndCallRequest(String roomName) {

  /**
   * Checks the room name.
   *
   * @throws IllegalArgumentException if {@code roomName} is null, blank, {@code .} or {@code ..},
   *     holds a lone surrogate, or is longer than {@value GetActiveCallRequest#MAX_ROOM_NAME_BYTES}
   *     UTF-8 bytes; the message names {@code roomName}
   */
  public EndCallRequest {
    roomName = RoomNames.check(roomName);
  }
}
