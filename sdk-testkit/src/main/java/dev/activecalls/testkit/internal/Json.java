package dev.activecalls.testkit.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes response bodies: plain maps, lists, strings, numbers and booleans, nulls included; and
 * reads the JSON object of a request body.
 */
public final class Json {
  private static final JsonAdapter<Object> WRITER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private static final JsonAdapter<Object> READER = new Moshi.Builder().build().adapter(Object.class);

  private Json() {}

  /**
   * Reads a request body that should be one JSON object.
   *
   * @param text the body
   * @return the object's fields, or null if the body is not a JSON object
   */
  public static @Nullable Map<?, ?> readObject(String text) {
    try {
      return READER.fromJson(text) instanceof Map<?, ?> object ? object : null;
    } catch (IOException | RuntimeException e) {
      return null; // not JSON: the route answers as the vendor does to a missing field
    }
  }

  /**
   * Serializes a tree of maps, lists and scalars to compact JSON, writing {@code null} values.
   *
   * @param value the tree to write
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    return WRITER.toJson(value);
  }

  /**
   * Builds an insertion-ordered JSON object from alternating keys and values.
   *
   * @param keysAndValues {@code key1, value1, key2, value2, ...}; values may be null
   * @return an unmodifiable ordered map
   * @throws IllegalArgumentException if the arguments are not key/value pairs with string keys
   */
  public static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keysAndValues must come in pairs");
    }
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException("key at " + i + " is not a String");
      }
      map.put(key, keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
