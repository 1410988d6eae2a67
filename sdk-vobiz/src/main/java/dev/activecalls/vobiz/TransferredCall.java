package dev.activecalls.vobiz;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Vobiz's answer to a transfer ({@code POST /api/v1/Account/{auth_id}/Call/{call_uuid}/}, 202):
 * the chosen legs are being sent to their new XML. The call stays live.
 *
 * @param apiId Vobiz's identifier of this API request ({@code api_id}), for Vobiz support; null
 *     when it sent none
 * @param message Vobiz's own words ({@code message}), like {@code call transferred}; null when it
 *     sent none
 * @param callUuid the transferred call's UUID ({@code call_uuid}); the UUID the request named when
 *     Vobiz did not echo it (the transfer has happened: a missing echo is no reason to fail)
 */
public record TransferredCall(@Nullable String apiId, @Nullable String message, String callUuid) {

  /**
   * Checks that the UUID is present.
   *
   * @throws NullPointerException if {@code callUuid} is null
   */
  public TransferredCall {
    Objects.requireNonNull(callUuid, "callUuid");
  }
}
