package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads money and rates exactly: from a JSON number or a numeric string ({@code "0.00850"}), as
 * vendors send both, in time linear in the text (see {@link DecimalText#toBigDecimal}). An empty
 * string reads as null.
 */
final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {

  @Override
  public @Nullable BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number but was " + token + " at path "
          + reader.getPath());
    }
    String text = reader.nextString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return DecimalText.toBigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException(
          "Expected a decimal number but was '" + Text.quote(text, 40) + "' at path " + reader.getPath(), e);
    } catch (ArithmeticException e) {
      throw new JsonDataException("Decimal out of range (at most " + DecimalText.MAX_DECIMAL_CHARS
          + " characters, scale within ±" + DecimalText.MAX_DECIMAL_SCALE + "): '" + Text.quote(text, 40)
          + "' at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    writer.value(value);
  }
}
