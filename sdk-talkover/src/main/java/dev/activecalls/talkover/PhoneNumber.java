package dev.activecalls.talkover;

import org.jspecify.annotations.Nullable;

/**
 * A phone number in E.164 form: {@code +} and 2 to 15 digits, like {@code +15551234567}. Made from
 * the forms people write ({@code +1 (555) 123-4567}, {@code +1.555.123.4567}, {@code +44 20 7946
 * 0958}) by dropping spaces, dashes, dots, slashes and parentheses; anything else is refused, so a
 * number that cannot be right never reaches Talkover (which would only answer "no active call").
 *
 * <pre>{@code
 * PhoneNumber.of("+1 (555) 123-4567").e164();   // "+15551234567"
 * }</pre>
 *
 * @param e164 the number as {@code +} and digits; the constructor normalizes what it is given
 */
public record PhoneNumber(String e164) {
  /** Fewest digits accepted after the {@code +}. */
  public static final int MIN_DIGITS = 2;
  /** Most digits accepted after the {@code +} (the E.164 limit). */
  public static final int MAX_DIGITS = 15;

  private static final String PARAMETER = "phone";

  /**
   * Normalizes and checks the number.
   *
   * @throws IllegalArgumentException naming {@code phone} if the text is null, blank, does not
   *     start with {@code +}, holds letters or other characters than digits and formatting, has a
   *     national trunk prefix {@code (0)}, starts with 0 after the {@code +}, or has fewer than 2
   *     or more than 15 digits
   */
  public PhoneNumber {
    e164 = normalize(e164);
  }

  /**
   * Returns the number for {@code phone}, normalized to E.164.
   *
   * @param phone like {@code +15551234567} or {@code +1 (555) 123-4567}
   * @return the number
   * @throws IllegalArgumentException naming {@code phone} if it is not a valid E.164 number (see
   *     {@link #PhoneNumber(String)})
   */
  public static PhoneNumber of(@Nullable String phone) {
    return new PhoneNumber(phone);
  }

  /** Returns the E.164 text, like {@code +15551234567}. */
  @Override
  public String toString() {
    return e164;
  }

  private static String normalize(@Nullable String text) {
    if (text == null) {
      throw invalid("is required");
    }
    String value = text.strip();
    if (value.isEmpty()) {
      throw invalid("must not be empty or blank");
    }
    if (value.charAt(0) != '+') {
      String hint = value.startsWith("00")
          ? "replace the international prefix 00 with '+'"
          : "add '+' and the country code";
      throw invalid("must start with '+' and the country code, in E.164 form like +15551234567 ("
          + hint + ")");
    }
    StringBuilder digits = new StringBuilder(MAX_DIGITS + 1).append('+');
    int count = 0;
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        count++;
      } else if (c == '(' && value.startsWith("0)", i + 1)) {
        // "+44 (0)20 ..." would silently become +44020..., a different number.
        throw invalid("must not contain the national trunk prefix (0): write +44 20 7946 0958,"
            + " not +44 (0)20 7946 0958");
      } else if (isFormatting(c)) {
        continue;
      } else if (Character.isLetter(c)) {
        throw invalid("must not contain letters (E.164 is '+' and digits only; write letters of a"
            + " vanity number as digits, and leave out extensions)");
      } else if (Character.isDigit(c)) {
        throw invalid("must use the ASCII digits 0-9 (found " + describe(c) + " at index " + i + ")");
      } else {
        throw invalid("contains " + describe(c) + " at index " + i
            + "; only '+', digits, spaces, '-', '.', '/', '(' and ')' are accepted");
      }
      if (count > MAX_DIGITS) {
        break; // enough to refuse it, however long the rest is
      }
    }
    if (count < MIN_DIGITS || count > MAX_DIGITS) {
      throw invalid("must have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits after '+', had "
          + (count > MAX_DIGITS ? "more than " + MAX_DIGITS : String.valueOf(count)));
    }
    if (digits.charAt(1) == '0') {
      throw invalid("must not have 0 right after '+': E.164 country codes start with 1-9");
    }
    return digits.toString();
  }

  private static boolean isFormatting(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
        || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String describe(char c) {
    return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }

  private static IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException(PARAMETER + ' ' + problem);
  }
}
