package dev.activecalls.core.internal;

/**
 * Reads a vendor's error body. One per vendor; it must never throw: a body it cannot read gives
 * {@link ErrorDetails#NONE}.
 */
@FunctionalInterface
public interface ErrorBodyParser {

  /**
   * Reads what the vendor said.
   *
   * @param body the response body as text, at most 64 KiB, possibly empty or not JSON
   * @return what could be read
   */
  ErrorDetails parse(String body);

  /** A parser that reads nothing. */
  ErrorBodyParser NONE = body -> ErrorDetails.NONE;
}
