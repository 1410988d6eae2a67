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
   * Returns the secret values these credentials send, so the SDK can redact them wherever a
   * server echoes them back (exception messages, error bodies, excerpts). Identifiers that are not
   * secret, like an account id that is also part of the URL path, are not listed.
   *
   * @return the secret values, possibly empty
   */
  default List<String> secrets() {
    return List.of();
  }

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
    String checked = checkSecret(secret, parameterName);
    return new HeaderCredentials(headerName, checked, checked);
  }

  /**
   * Returns credentials that send an account identifier in the header {@code headerName}: checked
   * and sent like a secret, and never shown by {@code toString()}, but not redacted from what the
   * server answers, since it is not secret (it may be part of the URL path, say).
   *
   * @param headerName the header, like {@code x-workspace-id}
   * @param value the value to send
   * @param parameterName the name the caller knows the value by, like {@code workspaceId}
   * @return the credentials
   * @throws IllegalArgumentException if {@code value} is null, blank, or holds a control character
   */
  static Credentials identifier(String headerName, @Nullable String value, String parameterName) {
    return new HeaderCredentials(headerName, checkSecret(value, parameterName), null);
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
    return new HeaderCredentials("Authorization", "Bearer " + checked, checked);
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
      public List<String> secrets() {
        List<String> all = new ArrayList<>(self.secrets());
        all.addAll(other.secrets());
        return List.copyOf(all);
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

/** One fixed header; {@code toString()} names the header, never the value. */
final class HeaderCredentials implements Credentials {
  private final String name;
  private final String value;
  private final @Nullable String secret;

  /** {@code secret} is the part of {@code value} to redact, or null when nothing is secret. */
  HeaderCredentials(String name, String value, @Nullable String secret) {
    this.name = name;
    this.value = value;
    this.secret = secret;
  }

  @Override
  public void applyTo(Request.Builder request) {
    request.header(name, value);
  }

  @Override
  public List<String> secrets() {
    return secret == null ? List.of() : List.of(secret);
  }

  @Override
  public String toString() {
    return "Credentials[" + name + "] (values redacted)";
  }
}
