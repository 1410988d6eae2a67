package dev.activecalls.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Makes text from a server safe to quote in an exception message or a log line: cut to a bound
 * with a visible ellipsis, and with control characters, line and paragraph separators, bidi
 * overrides and lone surrogates written as visible escapes ({@code \n}, {@code \u2028}), so a
 * vendor cannot forge log lines or flood a log.
 */
public final class Text {
  /** The most characters an exception message may have. */
  public static final int MAX_MESSAGE_CHARS = 1_999;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Text() {}

  /**
   * Returns {@code value} with unsafe characters escaped, cut to at most about {@code maxChars}
   * characters (the ellipsis and the count of what was left out come on top).
   *
   * @param value the text to quote, or null
   * @param maxChars how many characters of {@code value} to keep at most
   * @return the safe text, or {@code "null"} for null
   */
  public static String quote(@Nullable String value, int maxChars) {
    if (value == null) {
      return "null";
    }
    int keep = Math.min(value.length(), maxChars);
    if (keep > 0 && keep < value.length() && Character.isHighSurrogate(value.charAt(keep - 1))) {
      keep--; // never split a pair: half of it would be escaped as if the vendor sent it
    }
    StringBuilder out = null;
    for (int i = 0; i < keep; i++) {
      char c = value.charAt(i);
      if (isSafe(value, i, c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(keep + 16).append(value, 0, i);
      }
      escape(out, c);
    }
    if (keep == value.length()) {
      return out == null ? value : out.toString();
    }
    if (out == null) {
      out = new StringBuilder(keep + 24).append(value, 0, keep);
    }
    return out.append("... (").append(value.length() - keep).append(" more chars)").toString();
  }

  /**
   * Returns {@code value} cut to at most about {@code maxChars} characters with a visible
   * ellipsis, but otherwise unchanged: for accessors that hand the vendor's text back as sent.
   *
   * @param value the text, or null
   * @param maxChars how many characters to keep at most
   * @return the bounded text, or null for null
   */
  public static @Nullable String bound(@Nullable String value, int maxChars) {
    if (value == null || value.length() <= maxChars) {
      return value;
    }
    int keep = Character.isHighSurrogate(value.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return value.substring(0, keep) + "... (" + (value.length() - keep) + " more chars)";
  }

  /**
   * Returns an exception message that is safe whatever was put into it: escaped as {@link #quote}
   * does and at most {@link #MAX_MESSAGE_CHARS} characters in all.
   *
   * @param message the message, or null
   * @return the safe message, or null for null
   */
  public static @Nullable String message(@Nullable String message) {
    if (message == null) {
      return null;
    }
    String safe = quote(message, MAX_MESSAGE_CHARS - 40);
    if (safe.length() <= MAX_MESSAGE_CHARS) {
      return safe; // the usual case: escapes did not make it longer than the bound
    }
    int keep = MAX_MESSAGE_CHARS - 3;
    return safe.substring(0, Character.isHighSurrogate(safe.charAt(keep - 1)) ? keep - 1 : keep) + "...";
  }

  private static boolean isSafe(String value, int i, char c) {
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      // Bidi embeddings, overrides and isolates can make a log line read differently than it is.
      default -> !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069');
    };
  }

  private static void escape(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
          .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
  }
}
