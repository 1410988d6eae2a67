package dev.activecalls.core.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a vendor's error body says, as read by its {@link ErrorBodyParser}. Every part is optional.
 *
 * @param code the vendor's error code
 * @param message the vendor's human-readable message
 * @param requestId a request id found in the body
 * @param retryAfter a wait the body asks for (used when no {@code Retry-After} header came)
 */
public record ErrorDetails(
    @Nullable String code,
    @Nullable String message,
    @Nullable String requestId,
    @Nullable Duration retryAfter) {

  /** Nothing could be read. */
  public static final ErrorDetails NONE = new ErrorDetails(null, null, null, null);
}
