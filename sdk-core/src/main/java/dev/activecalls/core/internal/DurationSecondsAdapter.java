package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Reads a {@link Duration} from a JSON number of seconds, whole or fractional. A string is
 * refused (Moshi would otherwise parse {@code "12"} silently), so a vendor changing the type is
 * noticed. Writes whole seconds, or a decimal when there is a fraction.
 */
final class DurationSecondsAdapter extends JsonAdapter<Duration> {

  @Override
  public Duration fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.NUMBER) {
      throw new JsonDataException(
          "Expected a number of seconds but was " + reader.peek() + " at path " + reader.getPath());
    }
    String text = reader.nextString();
    if (isSmallWholeNumber(text)) {
      return Duration.ofSeconds(Long.parseLong(text)); // the usual case, without BigDecimal
    }
    try {
      BigDecimal seconds = new BigDecimal(text);
      if (seconds.signum() < 0) {
        throw new JsonDataException("Expected a non-negative duration but was " + text
            + " at path " + reader.getPath());
      }
      BigDecimal nanos = seconds.movePointRight(9);
      return Duration.ofNanos(nanos.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new JsonDataException(
          "Expected a number of seconds but was " + text + " at path " + reader.getPath(), e);
    }
  }

  private static boolean isSmallWholeNumber(String text) {
    int length = text.length();
    if (length == 0 || length > 9) { // longer ones take the exact path, which bounds them
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void toJson(JsonWriter writer, Duration value) throws IOException {
    if (value.getNano() == 0) {
      writer.value(value.getSeconds());
    } else {
      writer.value(BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9)));
    }
  }
}
