package dev.activecalls.trillet;

/**
 * Asks for one live call by its LiveKit room name ({@code GET /v2/api/active-calls/{roomName}}).
 * The room name is checked here, before any request is sent, and is later sent as exactly one
 * percent-encoded path segment, so any characters are safe.
 *
 * @param roomName the call's LiveKit room name, like {@code call-abc123}, exactly as Trillet
 *     reported it (not trimmed)
 */
public record GetActiveCallRequest(String roomName) {
  /** The longest room name LiveKit allows, in UTF-8 bytes. */
  public static final int MAX_ROOM_NAME_BYTES = 256;

  /**
   * Checks the room name.
   *
   * @throws IllegalArgumentException if {@code roomName} is null, blank, {@code .} or {@code ..}
   *     (which would change the URL path), holds a lone surrogate, or is longer than {@value
   *     #MAX_ROOM_NAME_BYTES} UTF-8 bytes; the message names {@code roomName}
   */
  public GetActiveCallRequest {
    roomName = RoomNames.check(roomName);
  }
}
