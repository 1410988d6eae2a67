package dev.activecalls.trillet.internal;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.ErrorDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads Trillet's error bodies. Their shape is not documented, so this takes what is there: the
 * message from {@code message} (a string, or a list of strings as NestJS validation sends), else
 * {@code error} when it is a string, else {@code error.message}; the code from {@code code} or
 * {@code error.code} (string or number); a request id from {@code requestId} / {@code request_id}
 * or {@code error.requestId}. Anything else, including a body that is not JSON, reads as nothing.
 * Never throws.
 */
public final class TrilletErrorParser implements ErrorBodyParser {
  /** Creates the parser; it holds no state. */
  public TrilletErrorParser() {}

  @Override
  public ErrorDetails parse(String body) {
    try {
      return read(body);
    } catch (Exception e) {
      return ErrorDetails.NONE; // an unreadable body must not hide the status it came with
    }
  }

  private static ErrorDetails read(String body) throws Exception {
    if (body.isBlank()) {
      return ErrorDetails.NONE;
    }
    // Read the first JSON value only: junk after it (a proxy's trailer) must not hide the message.
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
    reader.setLenient(true);
    return reader.readJsonValue() instanceof Map<?, ?> root ? details(root) : ErrorDetails.NONE;
  }

  /**
   * Returns what an error body, already read as a JSON object, says; as {@link #parse} reads it.
   *
   * @param root the body's top-level object
   * @return the details, {@link ErrorDetails#NONE} when it says nothing
   */
  static ErrorDetails details(Map<?, ?> root) {
    Object error = root.get("error");
    Map<?, ?> errorObject = error instanceof Map<?, ?> map ? map : Map.of();
    String message = firstNonNull(
        message(root.get("message")),
        error instanceof String ? text(error) : null,
        message(errorObject.get("message")));
    String code = firstNonNull(text(root.get("code")), text(errorObject.get("code")));
    String requestId = firstNonNull(
        text(root.get("requestId")), text(root.get("request_id")), text(errorObject.get("requestId")));
    if (message == null && code == null && requestId == null) {
      return ErrorDetails.NONE;
    }
    return new ErrorDetails(code, message, requestId, null);
  }

  /** A message: a string, or the strings of a list joined with "; ". */
  private static @Nullable String message(@Nullable Object value) {
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object item : list) {
        String part = item instanceof String ? text(item) : null;
        if (part != null) {
          parts.add(part);
        }
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    return value instanceof String ? text(value) : null;
  }

  /** A non-blank string, or a number written without a needless ".0"; else null. */
  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof String string) {
      return string.isBlank() ? null : string.strip();
    }
    if (value instanceof Double number && !number.isInfinite() && !number.isNaN()) {
      double d = number;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : number.toString();
    }
    return null;
  }

  @SafeVarargs
  private static <T> @Nullable T firstNonNull(@Nullable T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
