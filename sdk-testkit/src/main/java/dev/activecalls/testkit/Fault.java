package dev.activecalls.testkit;

import dev.activecalls.testkit.internal.FaultPlan;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A misbehaviour a fake serves on demand, for testing retries, timeouts and error handling.
 * Immutable: each method returns a new fault. Queue one with {@link FakeServer#enqueue(Fault)};
 * it answers the next {@link #times(int) N} requests that match its {@link #onPath(String)
 * path} (all requests by default), after which the fake answers normally again.
 *
 * <pre>{@code
 * fake.enqueue(Fault.rateLimit(Duration.ofSeconds(1)));          // one 429, Retry-After: 1
 * fake.enqueue(Fault.status(503).times(2));                      // two 503s
 * fake.enqueue(Fault.delay(Duration.ofSeconds(30)));             // real answer, 30 s late
 * fake.enqueue(Fault.disconnect().onPath("/v2/api/active-calls")); // connection dropped
 * fake.enqueue(Fault.malformedJson());                           // real answer, cut in half
 * }</pre>
 */
public final class Fault {
  private final FaultPlan.Kind kind;
  private final int status;
  private final Headers headers;
  private final @Nullable String body;
  private final @Nullable Long retryAfterSeconds;
  private final Duration delay;
  private final @Nullable String exactPath;
  private final @Nullable String pathPrefix;
  private final int times;

  private Fault(FaultPlan.Kind kind, int status, Headers headers, @Nullable String body,
      @Nullable Long retryAfterSeconds, Duration delay, @Nullable String exactPath,
      @Nullable String pathPrefix, int times) {
    this.kind = kind;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = delay;
    this.exactPath = exactPath;
    this.pathPrefix = pathPrefix;
    this.times = times;
  }

  private static Fault of(FaultPlan.Kind kind, int status, Duration delay) {
    return new Fault(kind, status, Headers.of(), null, null, delay, null, null, 1);
  }

  /**
   * Answers a status instead of the real answer. For 400 and above the body is the vendor's own
   * error body for that status (e.g. Vobiz {@code {"status":"error","error":{...}}}); below 400
   * it is empty. Replace it with {@link #body(String)}.
   *
   * @param code the HTTP status, 200 to 599
   * @return the fault
   * @throws IllegalArgumentException if the code is out of range
   */
  public static Fault status(int code) {
    if (code < 200 || code > 599) {
      throw new IllegalArgumentException("code must be 200 to 599: " + code);
    }
    return of(FaultPlan.Kind.STATUS, code, Duration.ZERO);
  }

  /**
   * Answers 429 with a {@code Retry-After} header (and, for Vobiz, {@code retryAfter} in the
   * body). Same as {@code status(429).retryAfter(retryAfter)}.
   *
   * @param retryAfter the delay to announce; rounded up to whole seconds
   * @return the fault
   */
  public static Fault rateLimit(Duration retryAfter) {
    return status(429).retryAfter(retryAfter);
  }

  /**
   * Answers for real, but holds the response back for a while (a slow network or server). The
   * request is answered from the state at the time it arrived. Closing the fake releases held
   * responses at once.
   *
   * @param delay how long to hold the response, more than zero
   * @return the fault
   * @throws IllegalArgumentException if the delay is zero or negative
   */
  public static Fault delay(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive: " + delay);
    }
    return of(FaultPlan.Kind.DELAY, 0, delay);
  }

  /**
   * Drops the connection after reading the request, before any response byte: the client sees
   * an {@link java.io.IOException} such as "unexpected end of stream".
   *
   * @return the fault
   */
  public static Fault disconnect() {
    return of(FaultPlan.Kind.DISCONNECT, 0, Duration.ZERO);
  }

  /**
   * Answers for real, with the real status and headers, but with the body cut in half so that
   * it is not valid JSON.
   *
   * @return the fault
   */
  public static Fault malformedJson() {
    return of(FaultPlan.Kind.MALFORMED_JSON, 0, Duration.ZERO);
  }

  /**
   * Adds a response header (replacing the fake's own header of that name, such as {@code
   * Content-Type}).
   *
   * @param name the header name
   * @param value the header value
   * @return the new fault
   * @throws IllegalStateException on a {@link #disconnect()} fault, which sends no headers
   */
  public Fault header(String name, String value) {
    requireResponse("header");
    Headers added = headers.newBuilder().add(name, value).build();
    return new Fault(kind, status, added, body, retryAfterSeconds, delay, exactPath, pathPrefix,
        times);
  }

  /**
   * Announces a retry delay: a {@code Retry-After} header in whole seconds, rounded up, and the
   * same number in the vendor's error body where the vendor has such a field.
   *
   * @param retryAfter the delay, zero or more
   * @return the new fault
   * @throws IllegalArgumentException if the delay is negative
   * @throws IllegalStateException on a {@link #disconnect()} fault
   */
  public Fault retryAfter(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    long seconds = retryAfter.plusNanos(999_999_999L).getSeconds();
    Fault withHeader = header("Retry-After", Long.toString(seconds));
    return new Fault(kind, status, withHeader.headers, body, seconds, delay, exactPath,
        pathPrefix, times);
  }

  /**
   * Replaces the body of a {@link #status(int)} fault. It is sent as {@code application/json}
   * unless a {@code Content-Type} {@link #header(String, String) header} says otherwise.
   *
   * @param text the body, sent as is (it need not be valid JSON)
   * @return the new fault
   * @throws IllegalStateException if this is not a status fault
   */
  public Fault body(String text) {
    if (kind != FaultPlan.Kind.STATUS) {
      throw new IllegalStateException("body applies to status faults only, not " + kind);
    }
    return new Fault(kind, status, headers, Objects.requireNonNull(text, "text"),
        retryAfterSeconds, delay, exactPath, pathPrefix, times);
  }

  /**
   * Makes the fault answer this many matching requests (default 1).
   *
   * @param count one or more
   * @return the new fault
   * @throws IllegalArgumentException if the count is less than one
   */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    return new Fault(kind, status, headers, body, retryAfterSeconds, delay, exactPath,
        pathPrefix, count);
  }

  /**
   * Limits the fault to requests whose raw path (percent-encoding as sent, no query) is
   * exactly this; other requests pass it by and do not use it up.
   *
   * @param path e.g. {@code /v2/api/active-calls}
   * @return the new fault
   */
  public Fault onPath(String path) {
    return new Fault(kind, status, headers, body, retryAfterSeconds, delay,
        Objects.requireNonNull(path, "path"), pathPrefix, times);
  }

  /**
   * Limits the fault to requests whose raw path starts with this prefix.
   *
   * @param prefix e.g. {@code /v2/api/active-calls/} for the detail endpoint only
   * @return the new fault
   */
  public Fault onPathStartingWith(String prefix) {
    return new Fault(kind, status, headers, body, retryAfterSeconds, delay, exactPath,
        Objects.requireNonNull(prefix, "prefix"), times);
  }

  FaultPlan toPlan() {
    return new FaultPlan(kind, status, headers, body, retryAfterSeconds, delay, exactPath,
        pathPrefix, times);
  }

  private void requireResponse(String what) {
    if (kind == FaultPlan.Kind.DISCONNECT) {
      throw new IllegalStateException(what + " does not apply to a disconnect fault");
    }
  }

  /**
   * Describes the fault.
   *
   * @return e.g. {@code Fault[STATUS 429, times=1, path=*]}
   */
  @Override
  public String toString() {
    String what = switch (kind) {
      case STATUS -> "STATUS " + status;
      case DELAY -> "DELAY " + delay;
      case DISCONNECT, MALFORMED_JSON -> kind.name();
    };
    String where = exactPath != null ? exactPath : pathPrefix != null ? pathPrefix + "*" : "*";
    return "Fault[" + what + ", times=" + times + ", path=" + where + "]";
  }
}
