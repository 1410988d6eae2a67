package dev.activecalls.vobiz.internal;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.DecimalText;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.JsonFields;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads Vobiz's two error forms:
 *
 * <ul>
 *   <li>{@code {status:"error", error:{code, message, details:{retryAfter}}, timestamp,
 *       requestId}}: code, message, request id, and {@code details.retryAfter} (seconds, as a
 *       number or a numeric string) as the wait a 429 asks for;
 *   <li>the Plivo form {@code {api_id, error:"not found"}}: the message, and {@code api_id} as the
 *       request id (it identifies the request to Vobiz support).
 * </ul>
 *
 * <p>Only the top-level fields {@link #ERROR_FIELDS} say anything about the error; the rest of a
 * body is skipped, not read into memory. Also decides what a 200 carrying one of these bodies means
 * ({@link #classify}, {@link #rejectIfError}).
 */
public final class VobizErrorParser implements ErrorBodyParser {
  /** The top-level fields of an error body, the only ones read from it. */
  static final List<String> ERROR_FIELDS = List.of("status", "error", "message", "requestId", "api_id");

  private static final JsonReader.Options ERROR_NAMES =
      JsonReader.Options.of(ERROR_FIELDS.toArray(String[]::new));
  private static final long MAX_RETRY_AFTER_NANOS = Duration.ofDays(365).toNanos();

  /** Creates the parser; it holds no state. */
  public VobizErrorParser() {}

  @Override
  public ErrorDetails parse(String body) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
    reader.setLenient(true); // Vobiz's JSON has been seen with comments in it (seed 003)
    try {
      Map<String, @Nullable Object> fields = readErrorFields(reader);
      if (fields != null) {
        return details(fields);
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON (an HTML page from a proxy, say): the pipeline keeps the raw body.
    }
    return ErrorDetails.NONE;
  }

  /**
   * Reads the top-level {@link #ERROR_FIELDS} of a body, each as any JSON value (a String, Double,
   * Boolean, Map or List), skipping the other fields.
   *
   * @param reader the reader, at the body
   * @return the fields by name (a later duplicate wins), or null if the body is not an object
   * @throws IOException if the body is not JSON
   */
  static @Nullable Map<String, @Nullable Object> readErrorFields(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return null;
    }
    Map<String, @Nullable Object> fields = new HashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(ERROR_NAMES);
      if (index >= 0) {
        fields.put(ERROR_FIELDS.get(index), reader.readJsonValue());
      } else {
        JsonFields.skipField(reader);
      }
    }
    reader.endObject();
    return fields;
  }

  /**
   * Throws the error a body's top-level fields report, if they report one.
   *
   * @param body the body's top-level fields (others may be missing)
   * @throws ErrorInBodyException if {@link #isError} says the body is an error, with its {@link
   *     #details} and classified by {@link #classify}
   */
  static void rejectIfError(Map<?, ?> body) {
    if (isError(body)) {
      ErrorDetails details = details(body);
      throw new ErrorInBodyException(classify(details), details);
    }
  }

  /**
   * Returns whether a body's top-level fields describe an error rather than a result: {@code
   * status} is {@code "error"}, or {@code error} is a non-blank text or an object.
   *
   * @param body the body's top-level fields (others may be missing)
   * @return true for an error body
   */
  static boolean isError(Map<?, ?> body) {
    Object error = body.get("error");
    return "error".equalsIgnoreCase(text(body.get("status")))
        || error instanceof Map<?, ?>
        || (error instanceof String s && !s.isBlank());
  }

  /**
   * Reads what an error body says.
   *
   * @param body the body's top-level fields
   * @return the code, message, request id and requested wait that could be read
   */
  static ErrorDetails details(Map<?, ?> body) {
    String code = null;
    String message = null;
    Duration retryAfter = null;
    Object error = body.get("error");
    if (error instanceof Map<?, ?> object) {
      code = text(object.get("code"));
      message = text(object.get("message"));
      if (object.get("details") instanceof Map<?, ?> details) {
        retryAfter = seconds(details.get("retryAfter"));
      }
    } else if (error instanceof String) {
      message = text(error);
    } else {
      code = text(error); // a bare number reads best as a code
    }
    if (message == null) {
      message = text(body.get("message"));
    }
    String requestId = text(body.get("requestId"));
    if (requestId == null) {
      requestId = text(body.get("api_id"));
    }
    return new ErrorDetails(code, message, requestId, retryAfter);
  }

  /**
   * Returns the HTTP status whose meaning an error reported inside a 200 has, so it surfaces as the
   * right exception: a 3-digit code of 400 to 599 as itself; "not found" or "does not exist" as 404
   * (so {@code find} reads it as "not live"); rate limiting as 429 (retried, honouring {@code
   * details.retryAfter}); authentication as 401; permission as 403; anything else as 400.
   *
   * @param details what the body says
   * @return the status to classify the error as
   */
  static int classify(ErrorDetails details) {
    String code = details.code();
    if (code != null && code.strip().matches("[45]\\d\\d")) {
      return Integer.parseInt(code.strip());
    }
    String words = (nullToEmpty(code) + ' ' + nullToEmpty(details.message()))
        .toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    if (words.contains("not found") || words.contains("does not exist") || words.contains("notfound")) {
      return 404;
    }
    if (words.contains("rate limit") || words.contains("too many requests") || words.contains("ratelimit")) {
      return 429;
    }
    if (words.contains("unauthorized") || words.contains("unauthenticated")
        || words.contains("authentication") || words.contains("invalid credentials")) {
      return 401;
    }
    if (words.contains("forbidden") || words.contains("permission") || words.contains("access denied")) {
      return 403;
    }
    return 400;
  }

  /** Reads a string, or a number as its plain text (Moshi reads JSON numbers as Double). */
  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s) {
      return s.isBlank() ? null : s;
    }
    if (value instanceof Double d && !d.isInfinite() && !d.isNaN()) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }
    return null;
  }

  /** Reads a non-negative number of seconds from a number or a numeric string. */
  private static @Nullable Duration seconds(@Nullable Object value) {
    String text = value instanceof Double d ? (d.isInfinite() || d.isNaN() ? null : d.toString())
        : value instanceof String s ? s.strip() : null;
    if (text == null) {
      return null;
    }
    try {
      long nanos = DecimalText.toScaledLong(text, 9);
      if (nanos < 0 || nanos > MAX_RETRY_AFTER_NANOS) {
        return null; // nonsense; leave the wait to the retry policy's backoff
      }
      return Duration.ofNanos(nanos);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static String nullToEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
