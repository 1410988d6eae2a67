package dev.activecalls.core.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Writes an action's request body: one flat JSON object with exactly the vendor's documented
 * field names, in the order given, and nothing for an absent optional field (a null value).
 */
public final class JsonBody {
  private JsonBody() {}

  /**
   * Returns the JSON object of {@code fields}.
   *
   * @param fields field names and values: strings, numbers or booleans; null values are left out
   * @return the JSON text, like {@code {"call_sid":"call-1"}}
   * @throws IllegalArgumentException if a value is of another type
   */
  public static String object(Map<String, ? extends @Nullable Object> fields) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      for (Map.Entry<String, ? extends @Nullable Object> field : fields.entrySet()) {
        Object value = field.getValue();
        if (value == null) {
          continue;
        }
        writer.name(field.getKey());
        if (value instanceof String text) {
          writer.value(text);
        } else if (value instanceof Boolean flag) {
          writer.value(flag);
        } else if (value instanceof Number number) {
          writer.value(number);
        } else {
          throw new IllegalArgumentException(
              field.getKey() + " is a " + value.getClass().getName() + ", not a JSON string, number or boolean");
        }
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does not fail
    }
    return buffer.readUtf8();
  }
}
