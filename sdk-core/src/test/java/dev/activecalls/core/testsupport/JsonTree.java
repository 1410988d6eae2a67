package dev.activecalls.core.testsupport;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A mutable JSON tree and its writer. A tree is what Moshi's {@code readJsonValue()} gives (Map,
 * List, String, Double, Boolean, null) plus {@link Raw} text written as is, for what a tree cannot
 * hold: numbers no double carries, lone surrogates, deep nesting. A map may hold one key more than
 * once: a {@link #duplicateKey duplicate} is kept under a key of its own and written as the key.
 */
final class JsonTree {
  /** Separates a duplicated key from the number that keeps it apart from the key. */
  private static final char DUP = '\u0000';

  private JsonTree() {}

  /**
   * Text written as is.
   *
   * @param json the text, valid JSON or not
   */
  record Raw(String json) {}

  /**
   * Reads {@code json} leniently (the fixtures carry comments) into a tree.
   *
   * @param json a JSON document
   * @return its tree
   */
  static @Nullable Object parse(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.setLenient(true);
    try {
      return reader.readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a deep copy of {@code value}: new maps and lists, the same leaves.
   *
   * @param value a tree
   * @return its copy
   */
  static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(key, copy(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return value;
  }

  /**
   * Returns a map key under which a copy of {@code key}'s value can sit beside it.
   *
   * @param key the key to duplicate
   * @param n tells duplicates of one key apart
   * @return a key written as {@code key}
   */
  static String duplicateKey(Object key, int n) {
    return key + String.valueOf(DUP) + n;
  }

  /**
   * Returns the name a map key is written as: the key, or for a {@link #duplicateKey duplicate}
   * the key it duplicates.
   *
   * @param key a map key of a tree
   * @return its name in JSON
   */
  static String name(Object key) {
    String text = key.toString();
    int dup = text.indexOf(DUP);
    return dup < 0 ? text : text.substring(0, dup);
  }

  /**
   * Writes a tree as JSON.
   *
   * @param value the tree
   * @param newline empty for one line, else what ends each line of one member per line
   * @return the JSON text
   */
  static String write(@Nullable Object value, String newline) {
    StringBuilder out = new StringBuilder();
    write(value, newline, 0, out);
    return out.toString();
  }

  private static void write(@Nullable Object value, String newline, int depth, StringBuilder out) {
    if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof String text) {
      quote(text, out);
    } else if (value instanceof Double number) {
      boolean whole = number == Math.rint(number) && Math.abs(number) < 1e15;
      out.append(whole ? Long.toString(number.longValue()) : number.toString());
    } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
      boolean isMap = value instanceof Map<?, ?>;
      Iterable<?> items = isMap ? ((Map<?, ?>) value).entrySet() : (List<?>) value;
      out.append(isMap ? '{' : '[');
      boolean first = true;
      for (Object item : items) {
        out.append(first ? "" : ",");
        first = false;
        if (!newline.isEmpty()) {
          out.append(newline).append("  ".repeat(depth + 1));
        }
        if (item instanceof Map.Entry<?, ?> entry && isMap) {
          quote(name(entry.getKey()), out);
          out.append(':');
          item = entry.getValue();
        }
        write(item, newline, depth + 1, out);
      }
      if (!first && !newline.isEmpty()) {
        out.append(newline).append("  ".repeat(depth));
      }
      out.append(isMap ? '}' : ']');
    } else {
      out.append(value); // null, true, false
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
