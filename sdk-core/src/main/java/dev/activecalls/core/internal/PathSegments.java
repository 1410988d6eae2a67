package dev.activecalls.core.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns a caller's value into exactly one percent-encoded URL path segment. OkHttp's {@code
 * addPathSegment} leaves {@code +}, {@code :}, {@code @} and other sub-delimiters as they are,
 * which some servers read as something else ({@code +} as a space); here only RFC 3986 unreserved
 * characters stay.
 */
public final class PathSegments {
  /** Longest value accepted, in UTF-8 bytes: far above any vendor id, far below URL limits. */
  public static final int MAX_BYTES = 1024;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * Returns {@code value} percent-encoded as one path segment: {@code A-Z a-z 0-9 - . _ ~} stay,
   * every other UTF-8 byte becomes {@code %XX}.
   *
   * @param parameterName the caller's name for the value, used in error messages
   * @param value the value
   * @return the encoded segment
   * @throws IllegalArgumentException if {@code value} is null, blank, {@code .} or {@code ..},
   *     holds a lone surrogate (not text: UTF-8 would silently send {@code ?}, another value), or
   *     is longer than {@link #MAX_BYTES} UTF-8 bytes
   */
  public static String encode(String parameterName, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(parameterName + " is required");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(parameterName + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          parameterName + " must not be '" + value + "' (it would change the URL path)");
    }
    checkSurrogates(parameterName, value);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          parameterName + " is too long: " + bytes.length + " UTF-8 bytes, at most " + MAX_BYTES);
    }
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Refuses a lone UTF-16 surrogate: {@link String#getBytes} would replace it with {@code ?} and
   * the request would name a different resource.
   *
   * @param parameterName the caller's name for the value, used in error messages
   * @param value the value
   * @throws IllegalArgumentException naming the parameter and the index of the lone surrogate
   */
  public static void checkSurrogates(String parameterName, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a proper pair
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(
            "%s holds a lone surrogate U+%04X at index %d; it is not valid text", parameterName, (int) c, i));
      }
    }
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
