package dev.activecalls.vobiz;

import dev.activecalls.core.internal.PathSegments;

/**
 * Asks for the status of one queued call ({@code GET
 * /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=queued}).
 *
 * @param callUuid the call's UUID, as Vobiz returned it when the call was made or listed; sent as
 *     one percent-encoded path segment
 */
public record GetQueuedCallRequest(String callUuid) {

  /**
   * Checks the call UUID before anything is sent, as {@link GetLiveCallRequest} does.
   *
   * @throws IllegalArgumentException if {@code callUuid} is null, blank, {@code .} or {@code ..},
   *     or longer than 1024 UTF-8 bytes; the message names {@code callUuid}
   */
  public GetQueuedCallRequest {
    PathSegments.encode("callUuid", callUuid);
  }
}
