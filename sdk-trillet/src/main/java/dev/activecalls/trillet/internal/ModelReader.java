package dev.activecalls.trillet.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.JsonFields;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.CallInsights;
import dev.activecalls.trillet.CallStatus;
import dev.activecalls.trillet.CallType;
import dev.activecalls.trillet.EndedCall;
import dev.activecalls.trillet.Participant;
import dev.activecalls.trillet.Sentiment;
import dev.activecalls.trillet.TranscriptEntry;
import dev.activecalls.trillet.TranscriptRole;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Streaming decoders for Trillet's success bodies, read in one pass straight into the public
 * records, without reflection. A required value that is absent or JSON null, a null list element,
 * a value of the wrong kind or unusable participant metadata throws a {@link JsonDataException}
 * whose message ends {@code at path <JSON path of the culprit>}, which the pipeline reports as
 * {@code ResponseDecodingException.jsonPath()}. Optional values stay null, missing or null lists
 * are empty, unknown fields are skipped, and open enums keep a value this SDK does not know.
 * Timestamps without an offset are read as UTC. Stateless; thread-safe.
 */
public final class ModelReader {
  /**
   * Decodes {@code GET /v2/api/active-calls}, {@code {data:[call], count, timestamp}}, into an
   * {@link ActiveCallList}; its {@code decode} throws a {@link JsonDataException} with the
   * culprit's path for a body of another shape, or an {@code IOException} for one that is not JSON.
   */
  public static final ResponseDecoder<ActiveCallList> LIST = ModelReader::list;

  /**
   * Decodes {@code GET /v2/api/active-calls/{roomName}}, one call with its transcript, into an
   * {@link ActiveCallDetails}; it fails as {@link #LIST} does.
   */
  public static final ResponseDecoder<ActiveCallDetails> DETAILS =
      reader -> (ActiveCallDetails) call(reader, true);

  /**
   * Decodes {@code POST /v2/api/active-calls/{roomName}/end-call}, {@code {success, message,
   * roomName, endTime}}, into an {@link EndedCall}. {@code "success": false} is an error despite
   * the 200: it throws an {@link ErrorInBodyException} with the body's message, which the pipeline
   * reports as an {@code UnexpectedStatusException} (Trillet documents no codes that would say
   * more); it fails otherwise as {@link #LIST} does.
   */
  public static final ResponseDecoder<EndedCall> ENDED = new ResponseDecoder<>() {
    @Override
    public EndedCall decode(JsonReader reader) throws IOException {
      return ended(reader);
    }

    @Override
    public void rejectErrorBody(JsonReader body) throws IOException {
      // A success:false body whose other fields have odd types still reports the vendor's error.
      if (body.readJsonValue() instanceof Map<?, ?> root && Boolean.FALSE.equals(root.get("success"))) {
        throw new ErrorInBodyException(NO_KNOWN_MEANING, TrilletErrorParser.details(root));
      }
    }
  };

  /**
   * Decodes {@code GET /v2/api/active-calls/{roomName}/insights}, {@code {sentiment, topics,
   * summary, suggestions}}, into {@link CallInsights}; every field is optional, and it fails as
   * {@link #LIST} does.
   */
  public static final ResponseDecoder<CallInsights> INSIGHTS = ModelReader::insights;

  /** What a {@code success:false} is classified as: Trillet gives it no status of its own. */
  private static final int NO_KNOWN_MEANING = 200;
  private static final JsonReader.Options ENDED_FIELDS =
      JsonReader.Options.of("success", "roomName", "endTime", "message", "code", "error");
  private static final JsonReader.Options INSIGHTS_FIELDS =
      JsonReader.Options.of("sentiment", "topics", "summary", "suggestions");
  private static final JsonReader.Options LIST_FIELDS =
      JsonReader.Options.of("data", "count", "timestamp");
  // Both call shapes share 0-7; 8-11 are sent only in the list, 12 only in the details. One set
  // of names serves both, so the fields the two shapes share are read by one piece of code.
  private static final JsonReader.Options CALL_FIELDS = JsonReader.Options.of(
      "id", "roomName", "customerPhone", "customerName", "aiAgentName", "duration", "sentiment",
      "participants", "status", "lastMessage", "transferRequested", "type", "transcript");
  private static final int LIST_ONLY = 8;
  private static final int DETAILS_ONLY = 12;
  private static final JsonReader.Options PARTICIPANT_FIELDS =
      JsonReader.Options.of("identity", "isAgent", "joinedAt", "metadata");
  private static final JsonReader.Options TRANSCRIPT_FIELDS = JsonReader.Options.of("role", "content");

  private ModelReader() {}

  private static ActiveCallList list(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a call list");
    List<ActiveCall> data = List.of();
    Integer count = null;
    Instant timestamp = null;
    while (reader.hasNext()) {
      switch (reader.selectName(LIST_FIELDS)) {
        case 0 -> data = JsonFields.list(reader, ModelReader::listedCall);
        case 1 -> count = JsonFields.integer(reader);
        case 2 -> timestamp = JsonFields.instant(reader, ZoneOffset.UTC);
        default -> JsonFields.skipField(reader);
      }
    }
    ActiveCallList list = new ActiveCallList(data, JsonFields.required(reader, count, "count"),
        JsonFields.required(reader, timestamp, "timestamp"));
    reader.endObject();
    return list;
  }

  private static EndedCall ended(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "an end-call answer");
    Boolean success = null;
    String roomName = null;
    Instant endTime = null;
    // message, code and error are kept as JSON values: a success:false body is read from them by
    // TrilletErrorParser, as any other Trillet error body is; a success body only shows message.
    Map<String, @Nullable Object> said = new HashMap<>();
    while (reader.hasNext()) {
      int field = reader.selectName(ENDED_FIELDS);
      switch (field) {
        case 0 -> success = JsonFields.bool(reader);
        case 1 -> roomName = JsonFields.string(reader);
        case 2 -> endTime = JsonFields.instant(reader, ZoneOffset.UTC);
        case 3, 4, 5 -> said.put(ENDED_FIELDS.strings().get(field), reader.readJsonValue());
        default -> JsonFields.skipField(reader);
      }
    }
    if (Boolean.FALSE.equals(success)) {
      throw new ErrorInBodyException(NO_KNOWN_MEANING, TrilletErrorParser.details(said));
    }
    Object message = said.get("message");
    EndedCall ended = new EndedCall(JsonFields.required(reader, roomName, "roomName"),
        JsonFields.required(reader, endTime, "endTime"),
        message instanceof String text && !text.isBlank() ? text : null);
    reader.endObject();
    return ended;
  }

  private static CallInsights insights(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "call insights");
    OpenEnum<Sentiment> sentiment = null;
    List<String> topics = List.of();
    String summary = null;
    List<String> suggestions = List.of();
    while (reader.hasNext()) {
      switch (reader.selectName(INSIGHTS_FIELDS)) {
        case 0 -> sentiment = JsonFields.openEnum(reader, Sentiment.class);
        case 1 -> topics = JsonFields.list(reader, JsonFields::string);
        case 2 -> summary = JsonFields.string(reader);
        case 3 -> suggestions = JsonFields.list(reader, JsonFields::string);
        default -> JsonFields.skipField(reader);
      }
    }
    reader.endObject();
    return new CallInsights(sentiment, topics, summary, suggestions);
  }

  private static ActiveCall listedCall(JsonReader reader) throws IOException {
    return (ActiveCall) call(reader, false);
  }

  /**
   * Reads a call of either endpoint: an {@link ActiveCallDetails} if {@code details}, else an
   * {@link ActiveCall}. A field only the other endpoint sends is skipped, whatever its value.
   */
  private static Record call(JsonReader reader, boolean details) throws IOException {
    JsonFields.beginObject(reader, "a call");
    String id = null;
    String roomName = null;
    String customerPhone = null;
    String customerName = null;
    String aiAgentName = null;
    Duration duration = null;
    OpenEnum<Sentiment> sentiment = null;
    List<Participant> participants = List.of();
    OpenEnum<CallStatus> status = null;
    String lastMessage = null;
    Boolean transferRequested = null;
    OpenEnum<CallType> type = null;
    List<TranscriptEntry> transcript = List.of();
    while (reader.hasNext()) {
      int field = reader.selectName(CALL_FIELDS);
      if (field >= LIST_ONLY && details != (field == DETAILS_ONLY)) {
        reader.skipValue(); // the name is consumed and has no dot, so JsonFields' paths stay right
        continue;
      }
      switch (field) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> roomName = JsonFields.string(reader);
        case 2 -> customerPhone = JsonFields.string(reader);
        case 3 -> customerName = JsonFields.string(reader);
        case 4 -> aiAgentName = JsonFields.string(reader);
        case 5 -> duration = JsonFields.seconds(reader);
        case 6 -> sentiment = JsonFields.openEnum(reader, Sentiment.class);
        case 7 -> participants = JsonFields.list(reader, ModelReader::participant);
        case 8 -> status = JsonFields.openEnum(reader, CallStatus.class);
        case 9 -> lastMessage = JsonFields.string(reader);
        case 10 -> transferRequested = JsonFields.bool(reader);
        case 11 -> type = JsonFields.openEnum(reader, CallType.class);
        case 12 -> transcript = JsonFields.list(reader, ModelReader::transcriptEntry);
        default -> JsonFields.skipField(reader);
      }
    }
    // Required values are checked in the order of the records' components, so a call missing
    // several reports the same one whichever order the fields came in.
    id = JsonFields.required(reader, id, "id");
    roomName = JsonFields.required(reader, roomName, "roomName");
    aiAgentName = JsonFields.required(reader, aiAgentName, "aiAgentName");
    duration = JsonFields.required(reader, duration, "duration");
    Record call = details
        ? new ActiveCallDetails(id, roomName, customerPhone, customerName, aiAgentName, duration,
            sentiment, transcript, participants)
        : new ActiveCall(id, roomName, customerPhone, customerName, aiAgentName, duration,
            JsonFields.required(reader, status, "status"), sentiment, lastMessage,
            JsonFields.required(reader, transferRequested, "transferRequested"),
            JsonFields.required(reader, type, "type"), participants);
    reader.endObject();
    return call;
  }

  private static Participant participant(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a participant");
    String identity = null;
    Boolean isAgent = null;
    Instant joinedAt = null;
    Object metadata = null; // any JSON value; checked last, so a missing required value is named first
    while (reader.hasNext()) {
      switch (reader.selectName(PARTICIPANT_FIELDS)) {
        case 0 -> identity = JsonFields.string(reader);
        case 1 -> isAgent = JsonFields.bool(reader);
        case 2 -> joinedAt = JsonFields.instant(reader, ZoneOffset.UTC);
        case 3 -> metadata = reader.readJsonValue();
        default -> JsonFields.skipField(reader);
      }
    }
    Participant participant = new Participant(JsonFields.required(reader, identity, "identity"),
        JsonFields.required(reader, isAgent, "isAgent"), JsonFields.required(reader, joinedAt, "joinedAt"),
        metadata(reader, metadata));
    reader.endObject();
    return participant;
  }

  private static TranscriptEntry transcriptEntry(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a transcript entry");
    OpenEnum<TranscriptRole> role = null;
    String content = null;
    while (reader.hasNext()) {
      switch (reader.selectName(TRANSCRIPT_FIELDS)) {
        case 0 -> role = JsonFields.openEnum(reader, TranscriptRole.class);
        case 1 -> content = JsonFields.string(reader);
        default -> JsonFields.skipField(reader);
      }
    }
    TranscriptEntry entry = new TranscriptEntry(
        JsonFields.required(reader, role, "role"), JsonFields.required(reader, content, "content"));
    reader.endObject();
    return entry;
  }

  /**
   * Returns participant metadata: the documented JSON object, or (as LiveKit keeps it) a string
   * holding a JSON object; absent, null or a blank string is empty.
   *
   * @param reader the reader, still inside the participant, for the path of a failure
   * @param raw the value sent as {@code metadata}, as {@link JsonReader#readJsonValue} gives it
   */
  @SuppressWarnings("unchecked") // readJsonValue gives objects as maps with string keys
  private static Map<String, @Nullable Object> metadata(JsonReader reader, @Nullable Object raw) {
    if (raw == null || raw instanceof String text && text.isBlank()) {
      return Map.of();
    }
    Object value = raw instanceof String text ? parse(text) : raw;
    if (value instanceof Map<?, ?> object) {
      return (Map<String, @Nullable Object>) object;
    }
    throw new JsonDataException("Expected metadata to be a JSON object (or a string holding one) but was "
        + describe(raw) + " at path " + JsonFields.fieldPath(reader, "metadata"));
  }

  /** Parses a whole text as one strict JSON value; null if it is not one. */
  private static @Nullable Object parse(String text) {
    try {
      JsonReader json = JsonReader.of(new Buffer().writeUtf8(text));
      Object value = json.readJsonValue();
      return json.peek() == JsonReader.Token.END_DOCUMENT ? value : null;
    } catch (IOException | RuntimeException e) {
      return null; // not JSON: the caller reports the text itself
    }
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
      return "the string '" + shown + "'";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    return value instanceof Number ? "a number" : "a boolean";
  }
}
