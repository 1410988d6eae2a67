package dev.activecalls.core.internal;

import java.math.BigDecimal;

/**
 * Reads decimal numbers from a server's text in time linear in its length. {@link BigDecimal}
 * would happily parse {@code 1e400000000} and then spend minutes scaling it, and parses a million
 * digits in quadratic time, so numbers are checked here first and refused when out of range.
 */
public final class DecimalText {
  /** The longest text read as a {@link BigDecimal}; money and rates need a few dozen characters. */
  public static final int MAX_DECIMAL_CHARS = 128;
  /** The largest scale, either way, of a {@link BigDecimal} read. */
  public static final int MAX_DECIMAL_SCALE = 128;

  private static final int MAX_LONG_DIGITS = 19;

  private DecimalText() {}

  /**
   * Returns {@code text}, a JSON number, times {@code 10^scale}, rounded half up to a whole
   * number: {@code toScaledLong("1.5", 9)} is 1,500,000,000.
   *
   * @param text a JSON number such as {@code 12}, {@code 0.25} or {@code 1e3}
   * @param scale the power of ten to multiply by, 0 to 18
   * @return the scaled value
   * @throws NumberFormatException if {@code text} is not a JSON number
   * @throws ArithmeticException if the scaled value does not fit in a {@code long}
   */
  public static long toScaledLong(String text, int scale) {
    Parts parts = Parts.of(text);
    // value = digits * 10^(exponent - fractionDigits); we want it times 10^scale
    long shift = parts.exponent - parts.fractionDigits + scale;
    int first = parts.firstSignificant();
    int significant = parts.digitCount() - first;
    if (significant == 0) {
      return 0;
    }
    if (significant + shift > MAX_LONG_DIGITS) {
      throw new ArithmeticException("out of range");
    }
    int wholeDigits = (int) Math.max(0, significant + shift); // digits left of the point
    long result = 0;
    for (int i = 0; i < Math.min(wholeDigits, significant); i++) {
      result = Math.addExact(Math.multiplyExact(result, 10), parts.digit(first + i));
    }
    for (int i = significant; i < wholeDigits; i++) {
      result = Math.multiplyExact(result, 10);
    }
    // Round half up on the first dropped digit; dropped digits exist only when shift < 0.
    int dropped = first + wholeDigits;
    if (wholeDigits < significant && significant + shift >= 0 && parts.digit(dropped) >= 5) {
      result = Math.addExact(result, 1);
    }
    return parts.negative ? -result : result;
  }

  /**
   * Returns {@code text} as a {@link BigDecimal}, refusing what no money amount or rate needs:
   * more than {@value #MAX_DECIMAL_CHARS} characters, or a scale beyond ±{@value
   * #MAX_DECIMAL_SCALE}.
   *
   * @param text a JSON number, or the same inside a string ({@code "0.00850"})
   * @return the exact value
   * @throws NumberFormatException if {@code text} is not a JSON number
   * @throws ArithmeticException if it is out of that range
   */
  public static BigDecimal toBigDecimal(String text) {
    if (text.length() > MAX_DECIMAL_CHARS) {
      Parts.of(text); // still say "not a number" before "out of range" for garbage
      throw new ArithmeticException("out of range");
    }
    Parts parts = Parts.of(text);
    long scale = (long) parts.fractionDigits - parts.exponent;
    if (Math.abs(scale) > MAX_DECIMAL_SCALE) {
      throw new ArithmeticException("out of range");
    }
    return new BigDecimal(text);
  }

  /** Where the digits of a JSON number are, and its exponent (saturated, so it never overflows). */
  private record Parts(String text, boolean negative, int intStart, int intEnd, int fracStart, int fracEnd,
      long exponent, int fractionDigits) {

    static Parts of(String text) {
      int length = text.length();
      int i = 0;
      boolean negative = i < length && text.charAt(i) == '-';
      if (negative) {
        i++;
      }
      int intStart = i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      int intEnd = i;
      if (intEnd == intStart || (text.charAt(intStart) == '0' && intEnd - intStart > 1)) {
        throw notANumber(text);
      }
      int fracStart = i;
      int fracEnd = i;
      if (i < length && text.charAt(i) == '.') {
        fracStart = ++i;
        while (i < length && isDigit(text.charAt(i))) {
          i++;
        }
        fracEnd = i;
        if (fracEnd == fracStart) {
          throw notANumber(text);
        }
      }
      long exponent = 0;
      if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
        i++;
        boolean negativeExponent = i < length && text.charAt(i) == '-';
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
          i++;
        }
        int expStart = i;
        while (i < length && isDigit(text.charAt(i))) {
          // Saturate far beyond any digit count a body can hold, so arithmetic stays exact.
          exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 1L << 40);
          i++;
        }
        if (i == expStart) {
          throw notANumber(text);
        }
        if (negativeExponent) {
          exponent = -exponent;
        }
      }
      if (i != length) {
        throw notANumber(text);
      }
      return new Parts(text, negative, intStart, intEnd, fracStart, fracEnd, exponent, fracEnd - fracStart);
    }

    int digitCount() {
      return (intEnd - intStart) + (fracEnd - fracStart);
    }

    /** Returns digit {@code i} of the integer digits followed by the fraction digits. */
    int digit(int i) {
      int whole = intEnd - intStart;
      return text.charAt(i < whole ? intStart + i : fracStart + i - whole) - '0';
    }

    int firstSignificant() {
      int count = digitCount();
      int i = 0;
      while (i < count && digit(i) == 0) {
        i++;
      }
      return i;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static NumberFormatException notANumber(String text) {
      return new NumberFormatException("not a JSON number");
    }
  }
}
