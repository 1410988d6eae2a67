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
 * vendors send both. An empty string reads as null.
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
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException(
          "Expected a decimal number but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    writer.value(value);
  }
}
