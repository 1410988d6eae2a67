package dev.activecalls.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Adds a vendor's authentication headers to a request. The SDK adds them only to requests for the
 * client's own base URL origin, so they never follow a redirect to another host.
 *
 * <p>Implementations must not reveal the secret in {@code toString()}; the factories here redact
 * it.
 */
public interface Credentials {

  /**
   * Adds the authentication headers to {@code request}.
   *
   * @param request the request being built for the client's own origin
   */
  void applyTo(Request.Builder request);

  /**
   * Returns credentials that send {@code secret} in the header {@code headerName}.
   *
   * @param headerName the header, like {@code x-api-key}
   * @param secret the value to send
   * @param parameterName the name the caller knows the secret by, like {@code apiKey}, used in
   *     error messages
   * @return the credentials
   * @throws IllegalArgumentException if {@code secret} is null, blank, or holds a control
   *     character such as CR or LF
   */
  static Credentials header(String headerName, @Nullable String secret, String parameterName) {
    return new HeaderCredentials(List.of(headerName), List.of(checkSecret(secret, parameterName)));
  }

  /**
   * Returns credentials that send {@code Authorization: Bearer <token>}.
   *
   * @param token the bearer token
   * @param parameterName the name the caller knows the token by, like {@code apiToken}
   * @return the credentials
   * @throws IllegalArgumentException if {@code token} is null, blank, or holds a control character
   *     or a space
   */
  static Credentials bearer(@Nullable String token, String parameterName) {
    String checked = checkSecret(token, parameterName);
    if (checked.indexOf(' ') >= 0) {
      throw new IllegalArgumentException(parameterName + " must not contain spaces");
    }
    return new HeaderCredentials(List.of("Authorization"), List.of("Bearer " + checked));
  }

  /**
   * Returns credentials that add these headers, then {@code other}'s.
   *
   * @param other the credentials to add as well
   * @return the combined credentials
   */
  default Credentials and(Credentials other) {
    Objects.requireNonNull(other, "other");
    Credentials self = this;
    return new Credentials() {
      @Override
      public void applyTo(Request.Builder request) {
        self.applyTo(request);
        other.applyTo(request);
      }

      @Override
      public String toString() {
        return self + " and " + other;
      }
    };
  }

  /**
   * Checks that a secret can be sent as a header value.
   *
   * @param secret the secret, possibly null
   * @param parameterName the name used in the error message
   * @return the secret
   * @throws IllegalArgumentException if null, blank, or holding a control character; the message
   *     names the parameter and never the value
   */
  static String checkSecret(@Nullable String secret, String parameterName) {
    if (secret == null) {
      throw new IllegalArgumentException(parameterName + " is required");
    }
    if (secret.isBlank()) {
      throw new IllegalArgumentException(parameterName + " must not be blank");
    }
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(
            parameterName + " must not contain control characters (found one at index " + i + ")");
      }
      if (c > 0x7e) {
        throw new IllegalArgumentException(
            parameterName + " must be printable ASCII (found a non-ASCII character at index " + i + ")");
      }
    }
    return secret;
  }
}

/** Fixed header credentials; {@code toString()} names the headers, never the values. */
final class HeaderCredentials implements Credentials {
  private final List<String> names;
  private final List<String> values;

  HeaderCredentials(List<String> names, List<String> values) {
    this.names = new ArrayList<>(names);
    this.values = new ArrayList<>(values);
  }

  @Override
  public void applyTo(Request.Builder request) {
    for (int i = 0; i < names.size(); i++) {
      request.header(names.get(i), values.get(i));
    }
  }

  @Override
  public String toString() {
    return "Credentials" + names + " (values redacted)";
  }
}
