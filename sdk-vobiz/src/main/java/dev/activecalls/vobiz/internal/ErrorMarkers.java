package dev.activecalls.vobiz.internal;

import org.jspecify.annotations.Nullable;

/**
 * A decoded body's two top-level fields that only an error body sets. When either is present the
 * body gets a closer look before it is trusted as a result.
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

  /** Returns whether either field is present, so the body may be an error. */
  default boolean mayBeError() {
    return status() != null || error() != null;
  }
}
