package dev.activecalls.testkit.internal;

import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * What a fake answers: a status, headers and a body.
 *
 * @param status the HTTP status code
 * @param headers response headers (the engine adds {@code x-request-id})
 * @param body the body text, possibly empty
 */
public record Reply(int status, Headers headers, String body) {
  private static final String JSON = "application/json; charset=utf-8";

  /** Checks the components. */
  public Reply {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A JSON reply.
   *
   * @param status the HTTP status code
   * @param body a tree of maps, lists and scalars
   * @return the reply with a JSON content type
   */
  public static Reply json(int status, @Nullable Object body) {
    return new Reply(status, Headers.of("Content-Type", JSON), Json.write(body));
  }

  /**
   * Returns this reply with more headers; a name already present is replaced.
   *
   * @param extra headers to set
   * @return the new reply
   */
  public Reply withHeaders(Headers extra) {
    Headers.Builder merged = headers.newBuilder();
    for (String name : extra.names()) {
      merged.removeAll(name);
      for (String value : extra.values(name)) {
        merged.add(name, value);
      }
    }
    return new Reply(status, merged.build(), body);
  }

  /**
   * Returns this reply with a body text, keeping the headers.
   *
   * @param newBody the body
   * @return the new reply
   */
  public Reply withBody(String newBody) {
    return new Reply(status, headers, newBody);
  }

  /**
   * Returns this reply with its body cut in half, which makes any JSON object or array invalid.
   *
   * @return the truncated reply
   */
  public Reply truncated() {
    return new Reply(status, headers, body.substring(0, body.length() / 2));
  }
}
