package dev.activecalls.vobiz;

/**
 * Asks Vobiz to hang up one call, live or queued ({@code DELETE
 * /api/v1/Account/{auth_id}/Call/{call_uuid}/}).
 *
 * <p>The UUID is checked here, before anything is sent, and strictly: on this API a {@code DELETE}
 * of {@code .../Call/} with the UUID left out hangs up every call on the account, so a null,
 * blank or padded UUID must never reach the path.
 *
 * @param callUuid the call's UUID, exactly as Vobiz reported it; sent as one percent-encoded path
 *     segment
 */
public record HangupRequest(String callUuid) {

  /**
   * Checks the call UUID.
   *
   * @throws IllegalArgumentException if {@code callUuid} is null, blank, has white space at either
   *     end, is {@code .} or {@code ..}, or is longer than 1024 UTF-8 bytes; the message names
   *     {@code callUuid}
   */
  public HangupRequest {
    callUuid = CallUuids.check(callUuid);
  }
}
