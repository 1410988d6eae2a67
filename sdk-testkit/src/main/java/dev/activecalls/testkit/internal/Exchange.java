package dev.activecalls.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request as the fakes see it: the raw path as it came on the wire, split into still-encoded
 * segments, so that each route decides how to decode its parameters.
 *
 * @param requestId the {@code x-request-id} this request is answered with
 * @param method the HTTP method
 * @param path the raw path, percent-encoding untouched, without the query
 * @param query the raw query string, or null if the target had no {@code ?}
 * @param segments the raw path segments; one trailing slash is ignored
 * @param headers the request headers
 * @param body the request body as UTF-8 text; empty when there was none
 */
public record Exchange(
    String requestId,
    String method,
    String path,
    @Nullable String query,
    List<String> segments,
    Headers headers,
    String body) {

  /** Copies the segment list. */
  public Exchange {
    segments = List.copyOf(segments);
  }

  /**
   * Reads a request recorded by MockWebServer.
   *
   * @param request the recorded request
   * @param requestId the request id assigned by the engine
   * @return the exchange
   */
  public static Exchange of(RecordedRequest request, String requestId) {
    String target = request.getTarget();
    if (!target.startsWith("/")) {
      String encodedQuery = request.getUrl().encodedQuery();
      target = request.getUrl().encodedPath() + (encodedQuery == null ? "" : "?" + encodedQuery);
    }
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? null : target.substring(q + 1);
    List<String> segments = new ArrayList<>(Arrays.asList(path.substring(1).split("/", -1)));
    if (segments.size() > 0 && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    return new Exchange(requestId, request.getMethod(), path, query, segments, request.getHeaders(), body);
  }

  /**
   * Returns the first value of a request header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or null if absent
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /**
   * Returns the first value of a query parameter, decoded as a form value ({@code +} is a space).
   *
   * @param name the parameter name
   * @return the decoded value, or null if absent
   */
  public @Nullable String queryParameter(String name) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      if (key.equals(name)) {
        return eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      }
    }
    return null;
  }

  /**
   * Tells whether the raw segments from a position on start with exactly the given literals.
   *
   * @param index the first segment to compare
   * @param literals the expected raw segment texts
   * @return true if every literal matches at its position
   */
  public boolean segmentsMatch(int index, String... literals) {
    if (segments.size() < index + literals.length) {
      return false;
    }
    for (int i = 0; i < literals.length; i++) {
      if (!segments.get(index + i).equals(literals[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Percent-decodes one raw path segment or query component as UTF-8.
   *
   * @param raw the encoded text
   * @param plusIsSpace whether a raw {@code +} means a space, as form decoders (and the PHP and
   *     Java servlet stacks behind many APIs) read it; an encoded {@code %2B} is always a plus
   * @return the decoded text; a {@code %} not followed by two hex digits is kept as is
   */
  public static String decode(String raw, boolean plusIsSpace) {
    Objects.requireNonNull(raw, "raw");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0
          && hex(raw.charAt(i + 2)) >= 0) {
        bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
