package dev.activecalls.trillet;

import dev.activecalls.core.internal.PathSegments;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The one check of a LiveKit room name, shared by every typed request that names a call by it,
 * so the requests of get, end and insights refuse exactly the same names with the same messages.
 */
final class RoomNames {
  private RoomNames() {}

  /**
   * Returns {@code roomName} unchanged if Trillet can be asked about it.
   *
   * @throws IllegalArgumentException if it is null, blank, {@code .} or {@code ..}, holds a lone
   *     surrogate, or is over {@value GetActiveCallRequest#MAX_ROOM_NAME_BYTES} UTF-8 bytes; the
   *     message names {@code roomName}
   */
  static String check(@Nullable String roomName) {
    if (roomName == null) {
      throw new IllegalArgumentException("roomName is required");
    }
    if (roomName.isBlank()) {
      throw new IllegalArgumentException("roomName must not be blank");
    }
    if (roomName.equals(".") || roomName.equals("..")) {
      throw new IllegalArgumentException(
          "roomName must not be '" + roomName + "' (it would change the URL path)");
    }
    PathSegments.checkSurrogates("roomName", roomName);
    int bytes = roomName.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > GetActiveCallRequest.MAX_ROOM_NAME_BYTES) {
      throw new IllegalArgumentException("roomName is too long: " + bytes
          + " UTF-8 bytes, LiveKit room names have at most " + GetActiveCallRequest.MAX_ROOM_NAME_BYTES);
    }
    return roomName;
  }
}
