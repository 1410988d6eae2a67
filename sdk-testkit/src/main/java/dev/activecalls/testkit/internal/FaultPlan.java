package dev.activecalls.testkit.internal;

import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** One queued fault as the engine applies it; its remaining count is guarded by the engine. */
public final class FaultPlan {

  /** How the fault shows. */
  public enum Kind {
    /** Answer a given status, headers and body instead of the real answer. */
    STATUS,
    /** Answer for real, but only after a delay. */
    DELAY,
    /** Drop the connection before any response byte. */
    DISCONNECT,
    /** Answer for real with the body cut in half. */
    MALFORMED_JSON
  }

  final Kind kind;
  final int status;
  final Headers headers;
  final @Nullable String body;
  final @Nullable Long retryAfterSeconds;
  final Duration delay;
  private final @Nullable String exactPath;
  private final @Nullable String pathPrefix;
  int remaining;

  /**
   * Creates a plan.
   *
   * @param kind how the fault shows
   * @param status the status for {@link Kind#STATUS}
   * @param headers headers added to the response
   * @param body the body for {@link Kind#STATUS}, or null for the vendor's error body
   * @param retryAfterSeconds the retry delay the vendor body announces, if any
   * @param delay the delay for {@link Kind#DELAY}
   * @param exactPath only requests with this raw path, or null
   * @param pathPrefix only requests whose raw path starts with this, or null
   * @param times how many matching requests the fault answers
   */
  public FaultPlan(Kind kind, int status, Headers headers, @Nullable String body,
      @Nullable Long retryAfterSeconds, Duration delay, @Nullable String exactPath,
      @Nullable String pathPrefix, int times) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = Objects.requireNonNull(delay, "delay");
    this.exactPath = exactPath;
    this.pathPrefix = pathPrefix;
    this.remaining = times;
  }

  boolean matches(Exchange exchange) {
    return (exactPath == null || exactPath.equals(exchange.path()))
        && (pathPrefix == null || exchange.path().startsWith(pathPrefix));
  }
}
