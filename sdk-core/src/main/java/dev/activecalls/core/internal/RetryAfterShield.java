package dev.activecalls.core.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp's own follow-ups of 408 and 503 away, so the retry policy alone decides. OkHttp
 * resends a request by itself after a 503 with {@code Retry-After: 0} (a POST too, and with
 * retries off) and after a 408 without a positive {@code Retry-After}, and it throws {@link
 * NumberFormatException} out of {@code execute()} for an all-digit value past {@code
 * Integer.MAX_VALUE}. On the network hop, {@link #hide} moves the vendor's {@code Retry-After}
 * aside and shows OkHttp a wait of one second, which it never follows up; this class, an
 * application interceptor that runs after OkHttp's follow-ups, puts back exactly what the vendor
 * sent.
 */
final class RetryAfterShield implements Interceptor {
  private static final String ASIDE = "X-Activecalls-Retry-After";
  /** Stands for "the vendor sent no Retry-After" among the values moved aside. */
  private static final String NONE = "";

  /** Puts the vendor's {@code Retry-After} back; added after the caller's own interceptors. */
  static final Interceptor RESTORE = new RetryAfterShield();

  private RetryAfterShield() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    return restore(chain.proceed(chain.request()));
  }

  /**
   * Returns {@code response} with its {@code Retry-After} moved aside if it is a 408 or 503; any
   * other response as it is.
   *
   * @param response what the network hop got
   * @return what OkHttp's follow-up logic is shown
   */
  static Response hide(Response response) {
    if (response.code() != 408 && response.code() != 503) {
      return response;
    }
    List<String> sent = response.headers("Retry-After");
    Response.Builder hidden = response.newBuilder().header("Retry-After", "1");
    if (sent.isEmpty()) {
      hidden.addHeader(ASIDE, NONE);
    }
    for (String value : sent) {
      hidden.addHeader(ASIDE, value);
    }
    return hidden.build();
  }

  private static Response restore(Response response) {
    // Only a 408 or 503 had its value moved aside: OkHttp follows neither up once hidden.
    if (response.code() != 408 && response.code() != 503) {
      return response;
    }
    List<String> sent = response.headers(ASIDE);
    if (sent.isEmpty()) {
      return response;
    }
    Response.Builder restored = response.newBuilder().removeHeader(ASIDE).removeHeader("Retry-After");
    for (String value : sent) {
      if (!value.equals(NONE)) {
        restored.addHeader("Retry-After", value);
      }
    }
    return restored.build();
  }
}
