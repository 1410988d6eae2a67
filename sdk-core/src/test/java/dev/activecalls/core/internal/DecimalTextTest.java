package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  @ParameterizedTest
  @CsvSource({
      "0, 0", "-0, 0", "1, 1000000000", "1.5, 1500000000", "0.000000001, 1", "0.0000000005, 1",
      "0.00000000049, 0", "-1.5, -1500000000", "1e3, 1000000000000", "1E+3, 1000000000000",
      "15e-1, 1500000000", "12.3456789015, 12345678902", "9223372036.854775807, 9223372036854775807",
      "100000000000000000000e-20, 1000000000"})
  void scalesAndRoundsHalfUpLikeBigDecimal(String text, long expected) {
    assertThat(DecimalText.toScaledLong(text, 9)).isEqualTo(expected);
    assertThat(new BigDecimal(text).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact())
        .as("the reference").isEqualTo(expected);
  }

  @Test
  void hugeExponentsOfZeroOrTinyValuesAreZeroAtOnce() {
    // BigDecimal itself would compute 10^400000000 here; these are the cases the class exists for.
    assertThat(DecimalText.toScaledLong("0.0e999999999999", 9)).isZero();
    assertThat(DecimalText.toScaledLong("1e-400000000", 9)).isZero();
    assertThat(DecimalText.toScaledLong("-5e-400000000", 9)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036.854775808", "1e10", "1e400000000", "-1e400000000", "99999999999999999999",
      "1e99999999999999999999999999"})
  void refusesWhatALongCannotHold(String text) {
    assertThatThrownBy(() -> DecimalText.toScaledLong(text, 9)).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+1", "1.", ".5", "1e", "1e+", "01", "1x", "NaN", "Infinity", "0x10", " 1", "1 "})
  void refusesWhatIsNotAJsonNumber(String text) {
    assertThatThrownBy(() -> DecimalText.toScaledLong(text, 9)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> DecimalText.toBigDecimal(text)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aMillionDigitsAreReadInOnePass() {
    assertThatThrownBy(() -> DecimalText.toScaledLong("9".repeat(1_000_000), 0))
        .isInstanceOf(ArithmeticException.class);
    assertThat(DecimalText.toScaledLong("0." + "0".repeat(1_000_000) + "1", 9)).isZero();
    assertThatThrownBy(() -> DecimalText.toBigDecimal("1" + "0".repeat(1_000_000)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void decimalsKeepTheirScaleWithinBounds() {
    assertThat(DecimalText.toBigDecimal("0.00850")).isEqualTo(new BigDecimal("0.00850"));
    assertThat(DecimalText.toBigDecimal("-1.5E+3")).isEqualTo(new BigDecimal("-1.5E+3"));
    assertThat(DecimalText.toBigDecimal("1e128")).isEqualTo(new BigDecimal("1e128"));
    assertThatThrownBy(() -> DecimalText.toBigDecimal("1e129")).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> DecimalText.toBigDecimal("1e-400000000")).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> DecimalText.toBigDecimal("1" + "0".repeat(128))).isInstanceOf(ArithmeticException.class);
  }
}
