package dev.activecalls.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before asking again after a failed attempt.
 *
 * <p>Retried: connection failures and timeouts, and the statuses 408, 429, 500, 502, 503 and 504;
 * nothing else. A request that may already have reached the server is retried only when its
 * method is idempotent ({@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}, {@code OPTIONS}):
 * a {@code POST}, such as an action that ends or transfers a call, is retried only when it never
 * left (the connection could not be made) or the server refused it with 429 before acting; never
 * after a timeout or a 5xx, where the action may have happened. The caller decides then.
 *
 * <p>The wait is the vendor's {@code Retry-After-Ms} or {@code Retry-After} (seconds or an HTTP
 * date) when it sends one; otherwise exponential backoff, {@code initialBackoff * 2^(retry-1)}
 * capped at {@code maxBackoff}, reduced by up to {@code jitter} at random so that many clients do
 * not retry in step. A requested wait longer than {@code maxRetryAfter} is not waited: the caller
 * gets the error at once, with {@code retryAfter()} set, to decide for itself.
 *
 * <p>Defaults: 2 retries, 0.5 s initial backoff, 8 s maximum backoff, 25 % jitter, 60 s cap on
 * {@code Retry-After}. Instances are immutable.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = new Builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /** Returns the default policy: 2 retries, backoff 0.5 s to 8 s with 25 % jitter, 60 s cap. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this policy's values. */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /** Returns how many times a failed attempt is retried (0 means one attempt in all). */
  public int maxRetries() {
    return maxRetries;
  }

  /** Returns the backoff before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Returns the longest backoff, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Returns the fraction, from 0 to 1, by which a backoff may be shortened at random. */
  public double jitter() {
    return jitter;
  }

  /** Returns the longest vendor-requested wait that is honored; longer ones fail at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns whether a response with {@code statusCode} to a {@code method} request may be retried.
   *
   * @param method the HTTP method, like {@code GET}
   * @param statusCode the HTTP status received
   * @return true for 408, 429, 500, 502, 503 and 504 on idempotent methods; for 429 only on
   *     other methods (a 503 does not promise that the server did nothing)
   */
  public boolean isRetryable(String method, int statusCode) {
    return switch (statusCode) {
      case 429 -> true;
      case 408, 500, 502, 503, 504 -> isIdempotent(method);
      default -> false;
    };
  }

  /**
   * Returns whether a connection failure may be retried.
   *
   * @param method the HTTP method, like {@code GET}
   * @param requestMayHaveBeenSent false when the failure happened before any byte of the request
   *     could reach the server (the connection could not be made)
   * @return true when retrying cannot make the server act twice
   */
  public boolean isRetryableFailure(String method, boolean requestMayHaveBeenSent) {
    return !requestMayHaveBeenSent || isIdempotent(method);
  }

  /**
   * Returns the backoff before retry number {@code retry}, when the vendor did not say how long to
   * wait.
   *
   * @param retry which retry this is, starting at 1
   * @param random a number in [0, 1) choosing how much jitter applies
   * @return {@code min(initialBackoff * 2^(retry-1), maxBackoff) * (1 - jitter * random)}
   * @throws IllegalArgumentException if {@code retry} is below 1 or {@code random} is outside [0,
   *     1)
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be 1 or more, was " + retry);
    }
    if (!(random >= 0 && random < 1)) {
      throw new IllegalArgumentException("random must be in [0, 1), was " + random);
    }
    long initial = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    long base = retry > 62 ? max : Math.min(max, initial * (1L << Math.min(retry - 1, 30)));
    if (base < 0) {
      base = max;
    }
    return Duration.ofNanos((long) (base * (1 - jitter * random)));
  }

  /**
   * Returns whether sending {@code method} twice has the same effect as sending it once.
   *
   * @param method the HTTP method, like {@code GET}
   * @return true for GET, HEAD, PUT, DELETE, OPTIONS and TRACE
   */
  public static boolean isIdempotent(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE" -> true;
      default -> false;
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryPolicy that
        && maxRetries == that.maxRetries
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && Double.compare(jitter, that.jitter) == 0
        && maxRetryAfter.equals(that.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries
        + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff
        + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + '}';
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.25;
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    private Builder(RetryPolicy policy) {
      this.maxRetries = policy.maxRetries;
      this.initialBackoff = policy.initialBackoff;
      this.maxBackoff = policy.maxBackoff;
      this.jitter = policy.jitter;
      this.maxRetryAfter = policy.maxRetryAfter;
    }

    /**
     * Sets how many times a failed attempt is retried.
     *
     * @param maxRetries 0 (no retry) to 10
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRetries} is outside 0..10
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff before the first retry.
     *
     * @param initialBackoff zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest backoff.
     *
     * @param maxBackoff zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the fraction by which a backoff may be shortened at random.
     *
     * @param jitter from 0 (no jitter) to 1
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest vendor-requested wait ({@code Retry-After}) that is honored.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws IllegalArgumentException if {@code initialBackoff} exceeds {@code maxBackoff}
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException(
            "initialBackoff (" + initialBackoff + ") must not exceed maxBackoff (" + maxBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
