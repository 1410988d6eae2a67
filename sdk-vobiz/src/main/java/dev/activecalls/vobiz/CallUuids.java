package dev.activecalls.vobiz;

import dev.activecalls.core.internal.PathSegments;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one check of a call UUID that an action names, shared by {@link HangupRequest} and {@link
 * TransferRequest}, so both refuse exactly the same values with the same messages.
 */
final class CallUuids {
  private CallUuids() {}

  /**
   * Returns {@code callUuid} unchanged if an action may name it.
   *
   * <p>Stricter than a read's check: a padded UUID is refused rather than sent, since no Vobiz UUID
   * has spaces around it and an action on the wrong path cannot be taken back ({@code DELETE
   * .../Call/}, with the UUID left out, hangs up every call on the account).
   *
   * @throws IllegalArgumentException if it is null, blank, has white space at either end, is
   *     {@code .} or {@code ..}, holds a lone surrogate, or is over {@value PathSegments#MAX_BYTES}
   *     UTF-8 bytes; the message names {@code callUuid}
   */
  static String check(@Nullable String callUuid) {
    PathSegments.encode("callUuid", callUuid); // null, blank, dot segments, surrogates, length
    String uuid = Objects.requireNonNull(callUuid);
    if (!uuid.strip().equals(uuid)) {
      throw new IllegalArgumentException("callUuid must not start or end with white space, was \"" + uuid + '"');
    }
    return uuid;
  }
}
