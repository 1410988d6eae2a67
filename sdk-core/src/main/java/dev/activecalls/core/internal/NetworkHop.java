package dev.activecalls.core.internal;

import dev.activecalls.core.Credentials;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's network interceptor: what it does on each hop to the server and back. On the way out
 * it adds the credentials, and only when the hop goes to the configured origin (scheme, host and
 * port): redirect follow-ups pass through here too, so a redirect to another origin never carries
 * {@code x-api-key} or {@code X-Auth-Token} (OkHttp itself strips only {@code Authorization}). On
 * the way back it {@linkplain RetryAfterShield#hide hides} a 408's or 503's {@code Retry-After}
 * from OkHttp's own follow-ups. One interceptor rather than one per task: each costs every call a
 * step through OkHttp's chain.
 */
final class NetworkHop implements Interceptor {
  private final HttpUrl origin;
  private final Credentials credentials;

  NetworkHop(HttpUrl origin, Credentials credentials) {
    this.origin = origin;
    this.credentials = credentials;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (sameOrigin(request.url())) {
      Request.Builder authenticated = request.newBuilder();
      credentials.applyTo(authenticated);
      request = authenticated.build();
    }
    return RetryAfterShield.hide(chain.proceed(request));
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme())
        && url.host().equals(origin.host())
        && url.port() == origin.port();
  }
}
