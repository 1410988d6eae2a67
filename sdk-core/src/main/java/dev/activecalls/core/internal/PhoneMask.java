package dev.activecalls.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Masks phone numbers in a URL path before the path goes into a log line: Talkover's path ends in
 * the caller's number, Trillet's room names hold the customer's ({@code call-_+12125550869_OGEkOp}),
 * and a DEBUG log is no place for personal data.
 *
 * <p>A number is shown as its {@code +} (as the request encoded it), up to 4 leading digits,
 * {@code ***} and the last 4 digits, always hiding at least 3 digits: {@code %2B15551234567}
 * becomes {@code %2B1555***4567}. Two things are numbers:
 *
 * <ul>
 *   <li>A whole segment that, percent-decoded, holds 7 to 15 digits, at most one {@code +} before
 *       the first digit, and otherwise only the formatting people write (space, {@code -}, {@code
 *       .}, {@code (}, {@code )}): {@code %2B1%20%28555%29%20123-4567} becomes {@code
 *       %2B1555***4567}. An id made only of 7 to 15 digits is masked too: it cannot be told from a
 *       national number, and a shortened id in a debug line costs less than a leaked number (the
 *       line's request id still identifies the call).
 *   <li>Inside any other segment, a {@code +} followed by 7 to 15 digits: {@code
 *       call-_%2B12125550869_OGEkOp} becomes {@code call-_%2B1212***0869_OGEkOp}. Without the
 *       {@code +} a run of digits inside an id is left alone: UUIDs and room names like {@code
 *       call-abc123} hold such runs by chance.
 * </ul>
 *
 * <p>Fewer than 7 digits are not a phone number (extensions, short codes; and a mask could not
 * hide enough of them); more than 15 are longer than E.164 allows, so a numeric id.
 */
public final class PhoneMask {
  /** Fewest digits read as a phone number: shorter ones are extensions or short codes. */
  static final int MIN_DIGITS = 7;
  /** Most digits read as a phone number: E.164's limit. */
  static final int MAX_DIGITS = 15;
  /** Leading digits shown at most (country and area code, enough to tell numbers apart). */
  private static final int LEAD_DIGITS = 4;
  /** Trailing digits shown. */
  private static final int TAIL_DIGITS = 4;
  /** Digits always hidden, so a short number is never shown whole. */
  private static final int MIN_HIDDEN = 3;
  private static final String HIDDEN = "***";

  private PhoneMask() {}

  /**
   * Returns {@code encodedPath} with the phone numbers in its segments masked.
   *
   * @param encodedPath a percent-encoded URL path, like {@code /agents/a-1/active-call/%2B15551234567}
   * @return the same path with phone numbers masked, like {@code /agents/a-1/active-call/%2B1555***4567}
   */
  public static String path(String encodedPath) {
    String[] segments = encodedPath.split("/", -1); // -1 keeps the empty segment of a trailing slash
    StringBuilder out = new StringBuilder(encodedPath.length());
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(segment(segments[i]));
    }
    return out.toString();
  }

  /**
   * Returns {@code encoded} with the phone numbers in it masked.
   *
   * @param encoded one percent-encoded path segment
   * @return the masked segment, or {@code encoded} itself when it holds no phone number
   */
  static String segment(String encoded) {
    String whole = wholeNumber(encoded);
    return whole != null ? whole : embeddedNumbers(encoded);
  }

  /** Returns the masked segment if all of it is one number with formatting, else null. */
  private static @Nullable String wholeNumber(String encoded) {
    StringBuilder digits = new StringBuilder(MAX_DIGITS + 1);
    String plus = "";
    int i = 0;
    while (i < encoded.length()) {
      char c = encoded.charAt(i);
      int width = 1;
      if (c == '%') {
        int decoded = decodeEscape(encoded, i);
        if (decoded < 0) {
          return null; // not an escape a phone number can hold
        }
        c = (char) decoded;
        width = 3;
      }
      if (isDigit(c)) {
        if (digits.length() == MAX_DIGITS) {
          return null;
        }
        digits.append(c);
      } else if (c == '+' && plus.isEmpty() && digits.length() == 0) {
        plus = encoded.substring(i, i + width); // "+" or "%2B", as the request sent it
      } else if (!isFormatting(c)) {
        return null;
      }
      i += width;
    }
    return digits.length() < MIN_DIGITS ? null : mask(plus, digits);
  }

  /** Masks each {@code +} or {@code %2B} that 7 to 15 digits follow. */
  private static String embeddedNumbers(String encoded) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < encoded.length(); i++) {
      int plusWidth = encoded.charAt(i) == '+' ? 1 : decodeEscape(encoded, i) == '+' ? 3 : 0;
      if (plusWidth == 0) {
        continue;
      }
      int from = i + plusWidth;
      int to = from;
      while (to < encoded.length() && isDigit(encoded.charAt(to))) {
        to++;
      }
      int count = to - from;
      if (count >= MIN_DIGITS && count <= MAX_DIGITS) {
        if (out == null) {
          out = new StringBuilder(encoded.length());
        }
        out.append(encoded, copied, from - plusWidth)
            .append(mask(encoded.substring(i, from), encoded.subSequence(from, to)));
        copied = to;
      }
      i = to - 1; // the digits just read hold no '+'
    }
    return out == null ? encoded : out.append(encoded, copied, encoded.length()).toString();
  }

  private static String mask(String plus, CharSequence digits) {
    int count = digits.length();
    int lead = Math.min(LEAD_DIGITS, count - TAIL_DIGITS - MIN_HIDDEN);
    return plus + digits.subSequence(0, lead) + HIDDEN + digits.subSequence(count - TAIL_DIGITS, count);
  }

  /** Returns the byte of the escape {@code %XX} at {@code at}, or -1 if there is none. */
  private static int decodeEscape(String encoded, int at) {
    if (encoded.charAt(at) != '%' || at + 2 >= encoded.length()) {
      return -1;
    }
    int high = hex(encoded.charAt(at + 1));
    int low = hex(encoded.charAt(at + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  /** ASCII hex only: {@link Character#digit} would also take other scripts' digits. */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isFormatting(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
  }
}
