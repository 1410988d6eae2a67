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
 * Integer.MAX_VALUE}. The {@linkplain #HIDE network half} moves the vendor's {@code Retry-After}
 * aside and shows OkHttp a wait of one second, which it never follows up; the {@linkplain #RESTORE
 * application half}, which runs after OkHttp's follow-ups, puts back exactly what the vendor sent.
 */
final class RetryAfterShield implements Interceptor {
  private static final String ASIDE = "X-Activecalls-Retry-After";
  /** Stands for "the vendor sent no Retry-After" among the values moved aside. */
  private static final String NONE = "";

  /** Moves {@code Retry-After} of a 408 or 503 aside; a network interceptor. */
  static final Interceptor HIDE = new RetryAfterShield(true);
  /** Puts it back; an application interceptor, added after the caller's own. */
  static final Interceptor RESTORE = new RetryAfterShield(false);

  private final boolean hide;

  // One class for both halves, and no lambda: both are made with every first client, where each
  // class loaded costs a cold start a fraction of a millisecond and the first lambda several.
  private RetryAfterShield(boolean hide) {
    this.hide = hide;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    return hide ? hide(response) : restore(response);
  }

  private static Response hide(Response response) {
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

  private static Response restore(Response response) throws IOException {
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
