package dev.activecalls.vobiz;

import java.util.Objects;

/**
 * The outcome of a hang-up ({@code DELETE /api/v1/Account/{auth_id}/Call/{call_uuid}/}): the call
 * is no longer live or queued.
 *
 * @param callUuid the UUID of the call that was hung up, as the caller named it (Vobiz's 204
 *     carries no body to echo it)
 * @param confirmed true when Vobiz answered the hang-up itself (204); false when an earlier
 *     attempt got no answer and the retry found the call already gone (404): most likely that
 *     attempt hung it up, but the call may also have ended on its own meanwhile
 */
public record HungUpCall(String callUuid, boolean confirmed) {

  /**
   * Checks that the UUID is present.
   *
   * @throws NullPointerException if {@code callUuid} is null
   */
  public HungUpCall {
    Objects.requireNonNull(callUuid, "callUuid");
  }
}
