package dev.activecalls.vobiz;

import dev.activecalls.core.internal.PathSegments;

/**
 * Asks for the live status of one call.
 *
 * @param callUuid the call's UUID, as Vobiz returned it when the call was made or listed; sent as
 *     one percent-encoded path segment
 */
public record GetLiveCallRequest(String callUuid) {

  /**
   * Checks the call UUID before anything is sent.
   *
   * @throws IllegalArgumentException if {@code callUuid} is null, blank, {@code .} or {@code ..},
   *     or longer than 1024 UTF-8 bytes; the message names {@code callUuid}
   */
  public GetLiveCallRequest {
    PathSegments.encode("callUuid", callUuid);
  }
}
