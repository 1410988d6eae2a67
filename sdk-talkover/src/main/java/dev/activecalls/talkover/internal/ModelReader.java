package dev.activecalls.talkover.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.JsonFields;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.CallStatus;
import dev.activecalls.talkover.EndedCall;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streaming decoders for Talkover's success bodies, read in one pass straight into the public
 * records, without reflection.
 *
 * <p>The envelope is {@code {"success": true, "data": ...}}: for the by-phone lookup {@code [call,
 * ...]}, where a missing or null {@code data} is no calls and a single call object instead of an
 * array is one call; for end-call the ended call, required. {@code "success":
 * false} is an error whatever the status: once the body is read it is thrown as an {@link
 * ErrorInBodyException} classified by the body's {@code code} (see {@link
 * TalkoverErrorParser#classify}), and a {@code data} that comes after it is skipped unread.
 *
 * <p>A call needs {@code id}, {@code agent_id}, {@code to}, {@code status} and {@code
 * started_at}; {@code duration_seconds} is optional, unknown fields are skipped, a status this SDK
 * does not know keeps its text, and a timestamp without an offset is UTC. Every failure is a
 * {@link JsonDataException} whose message ends {@code at path <JSON path of the culprit>}, like
 * {@code $.data[0].agent_id} for a required value that is absent, null or blank. Stateless;
 * thread-safe.
 */
public final class ModelReader {
  /**
   * Decodes {@code GET /api/v1/agents/{agent_id}/active-call/{phone}}: the calls of the envelope,
   * in Talkover's order; never null, unmodifiable.
   */
  public static final ResponseDecoder<List<ActiveCall>> ACTIVE_CALLS = reader -> {
    List<ActiveCall> calls = envelope(reader, ModelReader::data);
    return calls == null ? List.of() : calls;
  };

  /**
   * Decodes {@code POST /api/v1/agents/{agent_id}/end-call}: the ended call in {@code data}, which
   * must be there with {@code id}, {@code status} and {@code ended_at}; {@code ended_reason} is
   * optional.
   */
  public static final ResponseDecoder<EndedCall> ENDED =
      reader -> JsonFields.required(reader, envelope(reader, ModelReader::ended), "data");

  /** The status a {@code success:false} is classified as when its code has no known meaning. */
  private static final int NO_KNOWN_MEANING = 200;
  private static final JsonReader.Options ENVELOPE = JsonReader.Options.of("success", "data");
  private static final JsonReader.Options CALL = JsonReader.Options.of(
      "id", "agent_id", "to", "status", "started_at", "duration_seconds");
  private static final JsonReader.Options ENDED_CALL =
      JsonReader.Options.of("id", "status", "ended_at", "ended_reason");

  private ModelReader() {}

  /** Reads an envelope's {@code data}: what one endpoint answers with. */
  private interface Data<T> {
    @Nullable T read(JsonReader reader) throws IOException;
  }

  /**
   * Reads the envelope {@code {"success", "data", ...error fields}} of any endpoint.
   *
   * @return what {@code data} holds, or null when it is absent
   */
  private static <T> @Nullable T envelope(JsonReader reader, Data<T> data) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw JsonFields.unexpected(reader, "an object {\"success\", \"data\"}");
    }
    reader.beginObject();
    Boolean success = null;
    T result = null;
    ErrorFields error = null; // made at the first other field: a plain success body has none
    while (reader.hasNext()) {
      switch (reader.selectName(ENVELOPE)) {
        case 0 -> success = success(reader);
        case 1 -> {
          if (Boolean.FALSE.equals(success)) {
            reader.skipValue(); // an error body's data is not the answer, whatever it holds
          } else {
            result = data.read(reader);
          }
        }
        default -> {
          error = error == null ? new ErrorFields() : error;
          // The failed selectName has buffered the name, so nextName allocates nothing more; the
          // envelope's own path names no required value, so reading the name here is harmless.
          if (!error.read(reader.nextName(), reader)) {
            reader.skipValue();
          }
        }
      }
    }
    reader.endObject();
    if (Boolean.FALSE.equals(success)) {
      ErrorDetails details = error == null ? ErrorDetails.NONE : error.details();
      throw new ErrorInBodyException(
          TalkoverErrorParser.classify(details.code(), NO_KNOWN_MEANING), details);
    }
    return result;
  }

  /** Reads {@code success}: true, false or null; anything else is not Talkover's envelope. */
  private static @Nullable Boolean success(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BOOLEAN && token != JsonReader.Token.NULL) {
      throw JsonFields.unexpected(reader, "true or false");
    }
    return JsonFields.bool(reader);
  }

  /**
   * Reads {@code data}. Not {@link JsonFields#list}: a lone call object counts too, and an element
   * that is null or not an object is reported by {@link #call} as "Expected a call object".
   */
  private static List<ActiveCall> data(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_OBJECT -> List.of(call(reader));
      case NULL -> {
        reader.nextNull();
        yield List.of();
      }
      case BEGIN_ARRAY -> {
        List<ActiveCall> calls = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          calls.add(call(reader));
        }
        reader.endArray();
        yield List.copyOf(calls);
      }
      default -> throw JsonFields.unexpected(reader, "a list of calls");
    };
  }

  /** Reads the end-call answer's {@code data}; null is no answer, reported as a missing one. */
  private static @Nullable EndedCall ended(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    JsonFields.beginObject(reader, "an ended call");
    String id = null;
    OpenEnum<CallStatus> status = null;
    Instant endedAt = null;
    String endedReason = null;
    while (reader.hasNext()) {
      switch (reader.selectName(ENDED_CALL)) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> status = JsonFields.openEnum(reader, CallStatus.class);
        case 2 -> endedAt = JsonFields.instant(reader, ZoneOffset.UTC);
        case 3 -> endedReason = JsonFields.text(reader);
        default -> JsonFields.skipField(reader);
      }
    }
    // Checked before endObject, while the path still locates data, as in call.
    EndedCall ended = new EndedCall(JsonFields.required(reader, id, "id"),
        JsonFields.required(reader, status, "status"),
        JsonFields.required(reader, endedAt, "ended_at"), endedReason);
    reader.endObject();
    return ended;
  }

  private static ActiveCall call(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a call");
    String id = null;
    String agentId = null;
    String to = null;
    OpenEnum<CallStatus> status = null;
    Instant startedAt = null;
    Duration duration = null;
    while (reader.hasNext()) {
      switch (reader.selectName(CALL)) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> agentId = JsonFields.string(reader);
        case 2 -> to = JsonFields.string(reader);
        case 3 -> status = JsonFields.openEnum(reader, CallStatus.class);
        case 4 -> startedAt = JsonFields.instant(reader, ZoneOffset.UTC);
        case 5 -> duration = JsonFields.seconds(reader);
        default -> JsonFields.skipField(reader); // skipName keeps the names in the path dot-free
      }
    }
    // Checked before endObject, while the reader's path still locates this call, and in the
    // record's order, so a call missing several values always reports the same one.
    ActiveCall call = new ActiveCall(JsonFields.required(reader, id, "id"),
        JsonFields.required(reader, agentId, "agent_id"), JsonFields.required(reader, to, "to"),
        JsonFields.required(reader, status, "status"),
        JsonFields.required(reader, startedAt, "started_at"), duration);
    reader.endObject();
    return call;
  }
}
