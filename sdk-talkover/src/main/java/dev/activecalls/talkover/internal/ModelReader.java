package dev.activecalls.talkover.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.JsonFields;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.Call;
import dev.activecalls.talkover.CallAgent;
import dev.activecalls.talkover.CallDirection;
import dev.activecalls.talkover.CallPage;
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
    List<ActiveCall> calls = envelope(reader, ModelReader::data, null);
    return calls == null ? List.of() : calls;
  };

  /**
   * Decodes {@code POST /api/v1/agents/{agent_id}/end-call}: the ended call in {@code data}, which
   * must be there with {@code id}, {@code status} and {@code ended_at}; {@code ended_reason} is
   * optional.
   */
  public static final ResponseDecoder<EndedCall> ENDED =
      reader -> JsonFields.required(reader, envelope(reader, ModelReader::ended, null), "data");

  /**
   * Returns the decoder of {@code GET /api/v1/calls} and {@code GET
   * /api/v1/agents/{agent_id}/calls}: the calls of {@code data} (missing or null is none) and the
   * paging numbers of {@code pagination} or {@code meta}, whichever comes first. Without either,
   * the page is the one asked for and the last.
   *
   * @param requestedPage the page asked for, from 1
   * @return the decoder
   */
  public static ResponseDecoder<CallPage> callPage(int requestedPage) {
    return reader -> {
      PageNumbers numbers = new PageNumbers();
      List<Call> calls = envelope(reader, page -> JsonFields.list(page, ModelReader::listedCall), numbers);
      return numbers.page(calls == null ? List.of() : calls, requestedPage);
    };
  }

  /** The status a {@code success:false} is classified as when its code has no known meaning. */
  private static final int NO_KNOWN_MEANING = 200;
  private static final JsonReader.Options ENVELOPE =
      JsonReader.Options.of("success", "data", "pagination", "meta");
  private static final JsonReader.Options CALL = JsonReader.Options.of(
      "id", "agent_id", "to", "status", "started_at", "duration_seconds");
  private static final JsonReader.Options ENDED_CALL =
      JsonReader.Options.of("id", "status", "ended_at", "ended_reason");
  private static final JsonReader.Options LISTED_CALL = JsonReader.Options.of("id", "sid", "to",
      "to_formatted", "from", "from_formatted", "is_testing", "direction", "status", "duration",
      "agent", "created_at", "updated_at");
  private static final JsonReader.Options AGENT = JsonReader.Options.of("id", "name", "label");
  private static final JsonReader.Options PAGING =
      JsonReader.Options.of("current_page", "last_page", "per_page", "total");

  private ModelReader() {}

  /** Reads an envelope's {@code data}: what one endpoint answers with. */
  private interface Data<T> {
    @Nullable T read(JsonReader reader) throws IOException;
  }

  /**
   * Reads the envelope {@code {"success", "data", ...error fields}} of any endpoint, and the paging
   * object of a list into {@code paging}; an endpoint without paging passes null and its paging
   * fields are skipped.
   *
   * @return what {@code data} holds, or null when it is absent
   */
  private static <T> @Nullable T envelope(JsonReader reader, Data<T> data, @Nullable PageNumbers paging)
      throws IOException {
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
        case 2, 3 -> {
          if (paging != null && !Boolean.FALSE.equals(success)) {
            paging.read(reader);
          } else {
            reader.skipValue();
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

  private static Call listedCall(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a call");
    String id = null;
    String sid = null;
    String to = null;
    String toFormatted = null;
    String from = null;
    String fromFormatted = null;
    Boolean testing = null;
    OpenEnum<CallDirection> direction = null;
    OpenEnum<CallStatus> status = null;
    Duration duration = null;
    CallAgent agent = null;
    Instant createdAt = null;
    Instant updatedAt = null;
    while (reader.hasNext()) {
      switch (reader.selectName(LISTED_CALL)) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> sid = JsonFields.text(reader);
        case 2 -> to = JsonFields.text(reader);
        case 3 -> toFormatted = JsonFields.text(reader);
        case 4 -> from = JsonFields.text(reader);
        case 5 -> fromFormatted = JsonFields.text(reader);
        case 6 -> testing = JsonFields.bool(reader);
        case 7 -> direction = JsonFields.openEnum(reader, CallDirection.class);
        case 8 -> status = JsonFields.openEnum(reader, CallStatus.class);
        case 9 -> duration = JsonFields.seconds(reader);
        case 10 -> agent = agent(reader);
        case 11 -> createdAt = JsonFields.instant(reader, ZoneOffset.UTC);
        case 12 -> updatedAt = JsonFields.instant(reader, ZoneOffset.UTC);
        default -> JsonFields.skipField(reader);
      }
    }
    Call call = new Call(JsonFields.required(reader, id, "id"), sid, to, toFormatted, from,
        fromFormatted, Boolean.TRUE.equals(testing), direction,
        JsonFields.required(reader, status, "status"), duration, agent,
        JsonFields.required(reader, createdAt, "created_at"), updatedAt);
    reader.endObject();
    return call;
  }

  /** Reads a listed call's {@code agent}: null when absent, as on an agent's own call list. */
  private static @Nullable CallAgent agent(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    JsonFields.beginObject(reader, "an agent");
    String id = null;
    String name = null;
    String label = null;
    while (reader.hasNext()) {
      switch (reader.selectName(AGENT)) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> name = JsonFields.text(reader);
        case 2 -> label = JsonFields.text(reader);
        default -> JsonFields.skipField(reader);
      }
    }
    CallAgent agent = new CallAgent(JsonFields.required(reader, id, "id"), name, label);
    reader.endObject();
    return agent;
  }

  /** The numbers of a list's {@code pagination} or {@code meta} object, as they are read. */
  private static final class PageNumbers {
    private boolean read;
    private @Nullable Integer currentPage;
    private @Nullable Integer lastPage;
    private @Nullable Integer perPage;
    private @Nullable Long total;

    /** Reads one paging object; a second one (both shapes sent) is skipped, the first wins. */
    void read(JsonReader reader) throws IOException {
      if (read || reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
        return;
      }
      read = true;
      JsonFields.beginObject(reader, "a paging");
      while (reader.hasNext()) {
        switch (reader.selectName(PAGING)) {
          case 0 -> currentPage = JsonFields.integer(reader);
          case 1 -> lastPage = JsonFields.integer(reader);
          case 2 -> perPage = JsonFields.integer(reader);
          case 3 -> total = JsonFields.longValue(reader);
          default -> JsonFields.skipField(reader); // from, to, path, links: derived or not needed
        }
      }
      reader.endObject();
    }

    CallPage page(List<Call> calls, int requestedPage) {
      int current = currentPage != null ? currentPage : requestedPage;
      return new CallPage(calls, current, lastPage != null ? lastPage : current,
          perPage != null ? perPage : calls.size(), total);
    }
  }
}
