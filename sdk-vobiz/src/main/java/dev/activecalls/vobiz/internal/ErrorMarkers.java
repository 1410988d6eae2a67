package dev.activecalls.vobiz.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The top-level fields of a decoded body that an error body sets. Decoding them along with the
 * result lets a body be read once: only when {@code status} or {@code error} is present is it
 * checked for an error ({@link VobizErrorParser#isError}).
 */
interface ErrorMarkers {
  /**
   * Returns the body's {@code status} field, {@code "error"} in an error body.
   *
   * @return the field's JSON value, or null when absent
   */
  @Nullable Object status();

  /**
   * Returns the body's {@code error} field: the error text, or an object with code and message.
   *
   * @return the field's JSON value, or null when absent
   */
  @Nullable Object error();

  /**
   * Returns the body's {@code message} field.
   *
   * @return the field's JSON value, or null when absent
   */
  @Nullable Object message();

  /**
   * Returns the body's {@code requestId} field.
   *
   * @return the field's JSON value, or null when absent
   */
  @Nullable Object requestId();

  /**
   * Returns the body's {@code api_id} field.
   *
   * @return the field, or null when absent
   */
  @Nullable String api_id();

  /** Returns whether {@code status} or {@code error} is present, so the body may be an error. */
  default boolean mayBeError() {
    return status() != null || error() != null;
  }

  /**
   * Returns the error fields by JSON name, as {@link VobizErrorParser} reads them.
   *
   * @return the present fields
   */
  default Map<String, Object> errorFields() {
    Map<String, Object> fields = new HashMap<>();
    putIfPresent(fields, "status", status());
    putIfPresent(fields, "error", error());
    putIfPresent(fields, "message", message());
    putIfPresent(fields, "requestId", requestId());
    putIfPresent(fields, "api_id", api_id());
    return fields;
  }

  private static void putIfPresent(Map<String, Object> fields, String name, @Nullable Object value) {
    if (value != null) {
      fields.put(name, value);
    }
  }
}
