package dev.activecalls.core.internal;

import dev.activecalls.core.Credentials;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the credentials on the network hop, and only when the hop goes to the configured origin
 * (scheme, host and port). Redirect follow-ups pass through here too, so a redirect to another
 * origin never carries {@code x-api-key} or {@code X-Auth-Token}; OkHttp itself strips only
 * {@code Authorization}.
 */
final class CredentialsInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final Credentials credentials;

  CredentialsInterceptor(HttpUrl origin, Credentials credentials) {
    this.origin = origin;
    this.credentials = credentials;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    Request.Builder authenticated = request.newBuilder();
    credentials.applyTo(authenticated);
    return chain.proceed(authenticated.build());
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme())
        && url.host().equals(origin.host())
        && url.port() == origin.port();
  }
}
