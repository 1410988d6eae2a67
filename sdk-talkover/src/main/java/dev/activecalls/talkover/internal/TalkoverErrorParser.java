package dev.activecalls.talkover.internal;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.ErrorDetails;
import java.io.IOException;
import java.util.Locale;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads Talkover's error bodies, {@code {"success": false, "message": "...", "code": ...}}, where
 * {@code code} may be a string or a number. Also takes {@code error} as a string or as {@code
 * {message, code}}, and {@code request_id}. Never throws: what cannot be read is left out.
 */
public final class TalkoverErrorParser implements ErrorBodyParser {

  /** Creates the parser; it holds no state. */
  public TalkoverErrorParser() {}

  @Override
  public ErrorDetails parse(String body) {
    ErrorFields fields = new ErrorFields();
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return ErrorDetails.NONE;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (!fields.read(reader.nextName(), reader)) {
          reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON, truncated at the 64 KiB cap, or too deep: keep whatever was read before.
    }
    return fields.details();
  }

  /**
   * Returns the HTTP status whose meaning a {@code success:false} body inside a 2xx has, judged by
   * its {@code code}: a number from 400 to 599 is taken as that status; a text naming not-found,
   * authentication, permission, rate limiting, conflict (or a call not active), validation or a
   * server fault maps to 404, 401, 403, 429, 409, 422/400 or 500/503. Anything else returns {@code
   * successStatus}, which makes the error an {@link
   * dev.activecalls.core.errors.UnexpectedStatusException}.
   *
   * @param code the vendor's code, or null
   * @param successStatus the status to return when the code says nothing known
   * @return the status to classify the error as
   */
  public static int classify(@Nullable String code, int successStatus) {
    if (code == null || code.isBlank()) {
      return successStatus;
    }
    String text = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (text.matches("[1-9][0-9]{2}")) {
      int status = Integer.parseInt(text);
      return status >= 400 && status <= 599 ? status : successStatus;
    }
    if (text.contains("NOT_FOUND") || text.contains("NO_ACTIVE_CALL")) {
      return 404;
    }
    if (text.contains("UNAUTHORIZED") || text.contains("UNAUTHENTICATED")
        || text.contains("AUTHENTICATION") || text.contains("INVALID_TOKEN")
        || text.contains("TOKEN_EXPIRED") || text.contains("EXPIRED_TOKEN")) {
      return 401;
    }
    if (text.contains("FORBIDDEN") || text.contains("PERMISSION") || text.contains("ACCESS_DENIED")) {
      return 403;
    }
    if (text.contains("RATE_LIMIT") || text.contains("TOO_MANY") || text.contains("THROTTL")) {
      return 429;
    }
    // CALL_NOT_ACTIVE is what end-call's 409 says: the same in a 200 must be the same conflict.
    if (text.contains("CONFLICT") || text.contains("NOT_ACTIVE")) {
      return 409;
    }
    if (text.contains("UNPROCESSABLE")) {
      return 422;
    }
    if (text.contains("BAD_REQUEST") || text.contains("VALIDATION") || text.contains("INVALID")) {
      return 400;
    }
    if (text.contains("UNAVAILABLE")) {
      return 503;
    }
    if (text.contains("INTERNAL") || text.contains("SERVER_ERROR")) {
      return 500;
    }
    return successStatus;
  }
}
