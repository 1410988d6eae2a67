package dev.activecalls.talkover.internal;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.ErrorDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a Talkover error object says while it is being read: {@code message}, {@code
 * code} (a string or a number), a nested or plain {@code error}, and a request id. Used for error
 * bodies and for {@code success:false} inside a 200.
 */
final class ErrorFields {
  private @Nullable String message;
  private @Nullable String code;
  private @Nullable String nestedMessage;
  private @Nullable String nestedCode;
  private @Nullable String requestId;

  /**
   * Reads the value of {@code name} if it is one of the error fields.
   *
   * @param name the field name just read
   * @param reader positioned at the field's value
   * @return true if the value was consumed
   * @throws IOException if the JSON is malformed
   */
  boolean read(String name, JsonReader reader) throws IOException {
    switch (name) {
      case "message" -> message = text(reader);
      case "code" -> code = text(reader);
      case "request_id", "requestId" -> requestId = text(reader);
      case "error" -> readError(reader);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Returns what was collected; {@code message} wins over {@code error}'s message. */
  ErrorDetails details() {
    String finalMessage = message != null ? message : nestedMessage;
    String finalCode = code != null ? code : nestedCode;
    return new ErrorDetails(finalCode, finalMessage, requestId, null);
  }

  private void readError(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      nestedMessage = text(reader);
      return;
    }
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "message" -> nestedMessage = text(reader);
        case "code" -> nestedCode = text(reader);
        default -> reader.skipValue();
      }
    }
    reader.endObject();
  }

  /**
   * Reads a string, number or boolean as text; an array of such values (validation messages) as
   * one text joined with {@code "; "}; anything else is skipped as null.
   */
  static @Nullable String text(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case STRING, NUMBER:
        return reader.nextString();
      case BOOLEAN:
        return Boolean.toString(reader.nextBoolean());
      case BEGIN_ARRAY:
        List<String> parts = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          JsonReader.Token token = reader.peek();
          if (token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER) {
            parts.add(reader.nextString());
          } else {
            reader.skipValue();
          }
        }
        reader.endArray();
        return parts.isEmpty() ? null : String.join("; ", parts);
      default:
        reader.skipValue();
        return null;
    }
  }
}
