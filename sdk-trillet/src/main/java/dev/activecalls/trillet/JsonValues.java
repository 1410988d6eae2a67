package dev.activecalls.trillet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Deep, unmodifiable copies of free-form JSON values (participant metadata). */
final class JsonValues {
  private JsonValues() {}

  /** Copies a JSON object; null gives an empty map. Keeps key order and null values. */
  static Map<String, @Nullable Object> copyObject(@Nullable Map<String, @Nullable Object> object) {
    if (object == null || object.isEmpty()) {
      return Map.of();
    }
    // Map.copyOf would reject the null values JSON allows.
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    object.forEach((key, value) -> copy.put(key, copyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object copyValue(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      return copyObject((Map<String, @Nullable Object>) map);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
