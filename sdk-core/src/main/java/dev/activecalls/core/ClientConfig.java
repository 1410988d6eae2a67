package dev.activecalls.core;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settled configuration of one client, made by a vendor client's builder (see {@link
 * ClientBuilder}). Immutable; {@link #toString()} never shows the credentials.
 *
 * @param vendor the vendor's short name, used in the User-Agent, like {@code trillet}
 * @param baseUrl the validated base URL (https, or http to a loopback host or to the host named
 *     with {@link ClientBuilder#allowPlainHttpTo})
 * @param credentials adds the vendor's authentication headers
 * @param connectTimeout the connect timeout, or null to keep the supplied OkHttpClient's
 * @param readTimeout the read timeout, or null to keep the supplied OkHttpClient's
 * @param writeTimeout the write timeout, or null to keep the supplied OkHttpClient's
 * @param callTimeout the whole-call timeout of each attempt, or null for none (or, with a supplied
 *     OkHttpClient, to keep its own)
 * @param retryPolicy when and how long to wait before retrying
 * @param okHttpClient the caller's OkHttpClient to share (its pool and dispatcher), or null for one
 *     of the client's own
 * @param interceptors extra application interceptors, run on every attempt in this order
 * @param headers headers sent with every request, before those of {@link RequestOptions}
 * @param maxResponseBytes the most bytes of a response body read, counted after decompression
 * @param clock the clock used to read {@code Retry-After} dates
 * @param sleeper waits between retries
 */
public record ClientConfig(
    String vendor,
    HttpUrl baseUrl,
    Credentials credentials,
    @Nullable Duration connectTimeout,
    @Nullable Duration readTimeout,
    @Nullable Duration writeTimeout,
    @Nullable Duration callTimeout,
    RetryPolicy retryPolicy,
    @Nullable OkHttpClient okHttpClient,
    List<Interceptor> interceptors,
    Headers headers,
    long maxResponseBytes,
    Clock clock,
    Sleeper sleeper) {

  /** Copies the interceptor list so the configuration stays immutable; checks the limit. */
  public ClientConfig {
    interceptors = List.copyOf(interceptors);
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
    }
  }

  @Override
  public String toString() {
    return "ClientConfig{vendor=" + vendor
        + ", baseUrl=" + baseUrl
        + ", credentials=" + credentials
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout
        + ", retryPolicy=" + retryPolicy
        + ", okHttpClient=" + (okHttpClient == null ? "own" : "supplied")
        + ", interceptors=" + interceptors.size()
        + ", headers=" + headers.names()
        + ", maxResponseBytes=" + maxResponseBytes
        + ", clock=" + clock
        + ", sleeper=" + sleeper + '}';
  }
}
