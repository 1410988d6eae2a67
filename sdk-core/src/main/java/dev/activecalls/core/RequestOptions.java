package dev.activecalls.core;

import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: the timeout of each attempt, the number of
 * retries, and extra headers. Pass it as the last argument of any resource method.
 *
 * <pre>{@code
 * RequestOptions urgent = RequestOptions.builder().timeout(Duration.ofSeconds(2)).maxRetries(0).build();
 * calls.list(urgent);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;
  private final Headers headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.headers = builder.headers.build();
  }

  /** Returns options that override nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the whole-call timeout of each attempt, or null to use the client's. */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** Returns the number of retries, or null to use the client's retry policy. */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /** Returns the extra headers sent with this call (empty when none). */
  public Headers headers() {
    return headers;
  }

  @Override
  public String toString() {
    // Header values may be secrets the caller chose to send; show names only.
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", headers=" + headers.names() + '}';
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private final Headers.Builder headers = new Headers.Builder();

    private Builder() {}

    /**
     * Sets the whole-call timeout of each attempt (connect, write, wait and read together).
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how many times this call is retried, overriding the client's retry policy's count.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if outside 0..10
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Adds a header to this call. It cannot replace the SDK's authentication headers.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     * @throws IllegalArgumentException if the name or value is not a valid header
     */
    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    /** Returns the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
