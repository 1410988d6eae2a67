package dev.activecalls.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Reads a {@link Duration} from a JSON number of seconds, whole or fractional, rounded half up to
 * the nanosecond, in time linear in the number's text. A string is refused (Moshi would otherwise
 * parse {@code "12"} silently), so a vendor changing the type is noticed; so is a negative number,
 * and one beyond what a {@code Duration} of nanoseconds holds (about 292 years). Writes whole
 * seconds, or a decimal when there is a fraction.
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
      return Duration.ofSeconds(Long.parseLong(text)); // the usual case, in one pass
    }
    long nanos;
    try {
      nanos = DecimalText.toScaledLong(text, 9);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a number of seconds but was " + Text.quote(text, 40)
          + " at path " + reader.getPath(), e);
    } catch (ArithmeticException e) {
      throw new JsonDataException("Duration out of range (at most about 292 years): "
          + Text.quote(text, 40) + " seconds at path " + reader.getPath(), e);
    }
    if (nanos < 0) {
      throw new JsonDataException("Expected a non-negative duration but was " + Text.quote(text, 40)
          + " at path " + reader.getPath());
    }
    return Duration.ofNanos(nanos);
  }

  private static boolean isSmallWholeNumber(String text) {
    int length = text.length();
    if (length == 0 || length > 9) { // longer ones take the checked path
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
