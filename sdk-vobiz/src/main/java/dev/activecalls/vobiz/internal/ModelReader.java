package dev.activecalls.vobiz.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Options;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.JsonFields;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.vobiz.CallDirection;
import dev.activecalls.vobiz.CallState;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.TransferredCall;
import java.io.EOFException;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Streams Vobiz's live-call bodies into {@link LiveCall} and {@link LiveCallList} in one pass, with
 * no reflection and no intermediate wire objects. Built once per client, with the zone its
 * zone-less timestamps are read in.
 *
 * <p>A live call comes in two shapes: the legacy {@code {api_id, calls:[{call_state, ...}]}}, from
 * which the requested call is picked while the array streams past, and the current flat {@code
 * {api_id, call_status, call_uuid, ...}}. Both map onto one record; where the shapes name a value
 * differently the current name wins, and a blank value counts as absent.
 *
 * <p>A 200 can carry an error body ({@code {api_id, error}} or {@code {status:"error", error:{...}}}).
 * Its top-level fields are collected along the way and checked once the body is read, before any
 * finding about the result (no matching call, a missing or blank UUID) is reported. A body that does
 * not decode at all (a field of an unexpected type) gets a second look at only those fields ({@link
 * ResponseDecoder#rejectErrorBody}), so that such a field cannot hide the error.
 */
public final class ModelReader {
  /** The top-level names besides a call's: the error fields, by their index there, then calls. */
  private static final String[] ENVELOPE =
      Stream.concat(VobizErrorParser.ERROR_FIELDS.stream(), Stream.of("calls")).toArray(String[]::new);
  private static final int CALLS = ENVELOPE.length - 1;
  private static final int STATUS = VobizErrorParser.ERROR_FIELDS.indexOf("status");
  private static final int ERROR = VobizErrorParser.ERROR_FIELDS.indexOf("error");
  private static final int API_ID = VobizErrorParser.ERROR_FIELDS.indexOf("api_id");
  private static final int MESSAGE = VobizErrorParser.ERROR_FIELDS.indexOf("message");
  /** A transfer answer's names: the envelope's (its {@code calls} unused), then {@code call_uuid}. */
  private static final Options TRANSFER_NAMES =
      Options.of(Stream.concat(Arrays.stream(ENVELOPE), Stream.of("call_uuid")).toArray(String[]::new));
  private static final int TRANSFER_CALL_UUID = ENVELOPE.length;
  private static final Field[] FIELDS = Field.values();
  /** A list body's names. */
  private static final Options LIST_NAMES = Options.of(ENVELOPE);
  /** A legacy call's names, each at its field's ordinal. */
  private static final Options CALL_NAMES =
      Options.of(Arrays.stream(FIELDS).map(field -> field.json).toArray(String[]::new));
  /** A live-call body's names: the envelope's, then the call's at {@code ENVELOPE.length + ordinal}. */
  private static final Options BODY_NAMES = Options.of(Stream.concat(Arrays.stream(ENVELOPE),
      Arrays.stream(FIELDS).map(field -> field.json)).toArray(String[]::new));
  private static final ResponseDecoder<LiveCallList> LIST = vobizDecoder(ModelReader::readList);

  private final ZoneId zone;

  /**
   * Creates the decoders of one client.
   *
   * @param zone the zone in which timestamps without an offset are read (the client's {@code
   *     timestampZone})
   * @throws NullPointerException if {@code zone} is null
   */
  public ModelReader(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns the decoder for one live call, of either shape.
   *
   * @param requestedUuid the UUID the caller asked for, to pick the call out of a legacy body
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body (classified by
   *     {@link VobizErrorParser#classify}) and, classified as 404, for a legacy body listing no
   *     matching call; and {@link JsonDataException} when the call has no {@code call_uuid}
   * @throws NullPointerException if {@code requestedUuid} is null
   */
  public ResponseDecoder<LiveCall> liveCall(String requestedUuid) {
    Objects.requireNonNull(requestedUuid, "requestedUuid");
    return vobizDecoder(reader -> readLiveCall(reader, requestedUuid));
  }

  /**
   * Returns the decoder for the live-call list.
   *
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body, and {@link
   *     JsonDataException} naming {@code $.calls[i]} for a null or blank UUID
   */
  public ResponseDecoder<LiveCallList> liveCallList() {
    return LIST;
  }

  /**
   * Returns the decoder for a hang-up's answer, a 204 with no body: any success body that is not an
   * error confirms the hang-up.
   *
   * @param callUuid the UUID the caller hung up, for the result (the answer has no body to echo it)
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body
   */
  public ResponseDecoder<HungUpCall> hungUp(String callUuid) {
    HungUpCall confirmed = new HungUpCall(callUuid, true);
    return vobizDecoder(reader -> {
      try {
        reader.peek();
      } catch (EOFException empty) {
        return confirmed; // the documented answer: Moshi reads an empty document as an early end
      }
      Map<String, @Nullable Object> fields = VobizErrorParser.readErrorFields(reader);
      if (fields == null) {
        reader.skipValue(); // not an object, so not an error: the status said it is done
      } else {
        VobizErrorParser.rejectIfError(fields);
      }
      return confirmed;
    });
  }

  /**
   * Returns the decoder for a transfer's answer, {@code {api_id, message, call_uuid}}.
   *
   * @param requestedUuid the UUID the caller transferred, for an answer that does not echo it
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body, and {@link
   *     JsonDataException} for a field of another type than a string
   */
  public ResponseDecoder<TransferredCall> transferred(String requestedUuid) {
    Objects.requireNonNull(requestedUuid, "requestedUuid");
    return vobizDecoder(reader -> readTransferred(reader, requestedUuid));
  }

  private static TransferredCall readTransferred(JsonReader reader, String requestedUuid) throws IOException {
    JsonFields.beginObject(reader, "a transfer answer");
    Envelope envelope = new Envelope();
    String callUuid = null;
    String message = null;
    while (reader.hasNext()) {
      int index = reader.selectName(TRANSFER_NAMES);
      if (index == TRANSFER_CALL_UUID) {
        callUuid = JsonFields.string(reader);
      } else if (index == MESSAGE) {
        message = JsonFields.string(reader); // a result's message is text; an error's is read as such too
        envelope.values[MESSAGE] = message;
      } else if (index >= 0 && index != CALLS) {
        envelope.read(reader, index);
      } else {
        JsonFields.skipField(reader);
      }
    }
    envelope.rejectIfError();
    reader.endObject();
    return new TransferredCall(blankToNull(envelope.apiId()), blankToNull(message),
        callUuid == null || callUuid.isBlank() ? requestedUuid : callUuid);
  }

  private LiveCall readLiveCall(JsonReader reader, String requestedUuid) throws IOException {
    JsonFields.beginObject(reader, "a live call");
    Envelope envelope = new Envelope();
    Call flat = new Call();
    Call legacy = null; // stays null for the flat shape, "calls": null included
    while (reader.hasNext()) {
      int index = reader.selectName(BODY_NAMES);
      if (index >= ENVELOPE.length) {
        readField(reader, flat, index - ENVELOPE.length);
      } else if (index == CALLS) {
        legacy = readCalls(reader, requestedUuid);
      } else if (index >= 0) {
        envelope.read(reader, index);
      } else {
        JsonFields.skipField(reader);
      }
    }
    envelope.rejectIfError();
    Call call = legacy != null ? legacy : flat;
    if (call.failure != null) {
      throw call.failure;
    }
    // Only the flat call can lack its UUID here (a legacy one records that as its failure); the
    // reader is still inside the body, so the path is $.call_uuid.
    String uuid = JsonFields.required(reader, call.<String>get(Field.CALL_UUID), "call_uuid");
    reader.endObject();
    return Field.liveCall(call, uuid, blankToNull(envelope.apiId()));
  }

  /**
   * Streams a legacy {@code calls} array, keeping only the call that answers: the first whose
   * {@code call_uuid} or {@code request_uuid} is the requested one, ignoring case; else the only
   * one, since the path already named the call and Vobiz also calls the UUID the request UUID.
   *
   * @return that call, or a call whose failure says why there is none; null for JSON null
   */
  private @Nullable Call readCalls(JsonReader reader, String requestedUuid) throws IOException {
    if (!beginArray(reader)) {
      return null;
    }
    Call match = null;
    Call first = null;
    Call spare = null; // a call read but not kept, reused for the next one
    int count = 0; // JSON nulls count too: Vobiz listed them
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        count++;
        continue;
      }
      Call call = spare != null ? spare.clear() : new Call();
      spare = null;
      JsonFields.beginObject(reader, "a call");
      while (reader.hasNext()) {
        int index = reader.selectName(CALL_NAMES);
        if (index >= 0) {
          readField(reader, call, index);
        } else {
          JsonFields.skipField(reader); // api_id, status, error...: only the top level's say anything
        }
      }
      boolean matches = match == null && call.is(requestedUuid);
      if (matches || count == 0) {
        if (call.get(Field.CALL_UUID) == null) { // it may become the result: its path is here only
          call.failure = JsonFields.missing(reader, "call_uuid");
        }
        match = matches ? call : match;
        first = count == 0 ? call : first;
      } else {
        spare = call;
      }
      reader.endObject();
      count++;
    }
    reader.endArray();
    if (match != null) {
      return match;
    }
    if (count == 1 && first != null) {
      return first;
    }
    Call none = new Call();
    String why = count == 0
        ? "Call " + requestedUuid + " is not live: Vobiz listed no live calls"
        : "Call " + requestedUuid + " is not live: Vobiz listed " + count + (count == 1 ? " call" : " calls")
            + ", none of them this one";
    none.failure = new ErrorInBodyException(404, new ErrorDetails(null, why, null, null));
    return none;
  }

  /** Reads the value of the call field at {@code ordinal} into {@code call}; a later duplicate wins. */
  private void readField(JsonReader reader, Call call, int ordinal) throws IOException {
    call.values[ordinal] = switch (FIELDS[ordinal].kind) {
      case TEXT -> JsonFields.text(reader);
      case INSTANT -> JsonFields.instant(reader, zone);
      case SECONDS -> JsonFields.seconds(reader);
      case DECIMAL -> JsonFields.decimal(reader);
      case INTEGER -> JsonFields.integer(reader);
      case DIRECTION -> present(JsonFields.openEnum(reader, CallDirection.class));
      case STATE -> present(JsonFields.openEnum(reader, CallState.class));
    };
  }

  private static LiveCallList readList(JsonReader reader) throws IOException {
    JsonFields.beginObject(reader, "a live call list");
    Envelope envelope = new Envelope();
    List<@Nullable String> uuids = List.of();
    while (reader.hasNext()) {
      int index = reader.selectName(LIST_NAMES);
      if (index == CALLS) {
        uuids = readUuids(reader);
      } else if (index >= 0) {
        envelope.read(reader, index);
      } else {
        JsonFields.skipField(reader);
      }
    }
    envelope.rejectIfError();
    // Checked only now: in an error body the calls say nothing.
    for (int i = 0; i < uuids.size(); i++) {
      String uuid = uuids.get(i);
      if (uuid == null || uuid.isBlank()) {
        throw new JsonDataException("Expected a call UUID but was " + (uuid == null ? "null" : "blank")
            + " at path $.calls[" + i + "]");
      }
    }
    reader.endObject();
    return new LiveCallList(envelope.apiId(), uuids);
  }

  /** Reads the list's UUIDs as sent, JSON nulls included; JSON null for the array is none. */
  private static List<@Nullable String> readUuids(JsonReader reader) throws IOException {
    if (!beginArray(reader)) {
      return List.of();
    }
    List<@Nullable String> uuids = new ArrayList<>();
    while (reader.hasNext()) {
      uuids.add(JsonFields.string(reader));
    }
    reader.endArray();
    return uuids;
  }

  /** Begins an array; for JSON null, which reads as none, reads it and returns false. */
  private static boolean beginArray(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      reader.nextNull();
      return false;
    }
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      throw JsonFields.unexpected(reader, "an array");
    }
    reader.beginArray();
    return true;
  }

  private static <E extends Enum<E>> @Nullable OpenEnum<E> present(@Nullable OpenEnum<E> value) {
    return value == null || value.raw().isBlank() ? null : value;
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** How a call field's value is read. */
  private enum Kind {
    /** A string, blank as null. */
    TEXT,
    /** A timestamp, zone-less ones in the client's zone. */
    INSTANT,
    /** A number of seconds. */
    SECONDS,
    /** An exact decimal, from a number or a numeric string. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A {@link CallDirection}. */
    DIRECTION,
    /** A {@link CallState}. */
    STATE
  }

  /**
   * A call field of either shape; the JSON name is the constant's name in lower case, and the
   * ordinal is the slot of the value in {@link Call}. Where the shapes name a value differently,
   * the current name comes first, then the legacy one.
   */
  private enum Field {
    CALL_UUID, REQUEST_UUID, FROM, FROM_NUMBER, TO, TO_NUMBER, CALLER_NAME,
    DIRECTION(Kind.DIRECTION), CALL_DIRECTION(Kind.DIRECTION),
    CALL_STATUS(Kind.STATE), CALL_STATE(Kind.STATE),
    INITIATION_TIME(Kind.INSTANT), ANSWER_TIME(Kind.INSTANT), SESSION_START(Kind.INSTANT),
    CALL_DURATION(Kind.SECONDS), END_TIME(Kind.INSTANT),
    BILL_DURATION(Kind.SECONDS), BILLED_DURATION(Kind.SECONDS),
    TOTAL_AMOUNT(Kind.DECIMAL), TOTAL_RATE(Kind.DECIMAL), HANGUP_CAUSE_CODE(Kind.INTEGER),
    HANGUP_CAUSE_NAME, HANGUP_SOURCE, CONFERENCE_UUID, PARENT_CALL_UUID, RESOURCE_URI,
    STIR_VERIFICATION, STIR_ATTESTATION, SOURCE_IP;

    final String json = name().toLowerCase(Locale.ROOT);
    final Kind kind;

    Field() {
      this(Kind.TEXT);
    }

    Field(Kind kind) {
      this.kind = kind;
    }

    /** Maps a call's fields onto the record, each in the record's order. */
    static LiveCall liveCall(Call call, String uuid, @Nullable String apiId) {
      return new LiveCall(uuid, call.get(REQUEST_UUID), apiId,
          call.either(FROM, FROM_NUMBER), call.either(TO, TO_NUMBER), call.get(CALLER_NAME),
          call.either(DIRECTION, CALL_DIRECTION), call.either(CALL_STATUS, CALL_STATE),
          call.get(INITIATION_TIME), call.get(ANSWER_TIME), call.get(SESSION_START), call.get(CALL_DURATION),
          call.get(END_TIME), call.get(BILL_DURATION), call.get(BILLED_DURATION),
          call.get(TOTAL_AMOUNT), call.get(TOTAL_RATE), call.get(HANGUP_CAUSE_CODE),
          call.get(HANGUP_CAUSE_NAME), call.get(HANGUP_SOURCE), call.get(CONFERENCE_UUID),
          call.get(PARENT_CALL_UUID), call.get(RESOURCE_URI), call.get(STIR_VERIFICATION),
          call.get(STIR_ATTESTATION), call.get(SOURCE_IP));
    }
  }

  /** One call's values as read, by field; absent, JSON null and blank are all null. */
  private static final class Call {
    final @Nullable Object[] values = new Object[FIELDS.length];
    /** Why this call cannot be the result, found as it streamed past; thrown after the error check. */
    @Nullable RuntimeException failure;

    /** Returns the value of {@code field}, of the type its {@link Kind} reads. */
    @SuppressWarnings("unchecked")
    <T> @Nullable T get(Field field) {
      return (T) values[field.ordinal()];
    }

    /** Returns the value under the current name, else under the legacy one. */
    <T> @Nullable T either(Field current, Field legacy) {
      T value = get(current);
      return value != null ? value : get(legacy);
    }

    boolean is(String uuid) {
      return uuid.equalsIgnoreCase(get(Field.CALL_UUID)) || uuid.equalsIgnoreCase(get(Field.REQUEST_UUID));
    }

    Call clear() {
      Arrays.fill(values, null);
      failure = null;
      return this;
    }
  }

  /** The top-level error fields of a body, collected while it streams past: a body is read once. */
  private static final class Envelope {
    /** By index in {@link VobizErrorParser#ERROR_FIELDS}. */
    private final @Nullable Object[] values = new Object[VobizErrorParser.ERROR_FIELDS.size()];

    /**
     * Reads error field {@code index}: as any JSON value, since only the value says whether the
     * body is an error; but {@code api_id} as the string it is in a result.
     */
    void read(JsonReader reader, int index) throws IOException {
      values[index] = index == API_ID ? JsonFields.string(reader) : reader.readJsonValue();
    }

    @Nullable String apiId() {
      return (String) values[API_ID];
    }

    /** Throws the error the body reports, if it reports one. */
    void rejectIfError() {
      // Only status or error can make a body an error, and "status": "live" or "error": "" does not.
      if (values[STATUS] == null && values[ERROR] == null) {
        return; // the usual case: no map built
      }
      Map<String, @Nullable Object> fields = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        fields.put(ENVELOPE[i], values[i]);
      }
      VobizErrorParser.rejectIfError(fields);
    }
  }

  /**
   * Returns a Vobiz decoder reading with {@code decode}: on a body it could not decode, the second
   * look reads only the top-level error fields, so that a call field of an unexpected type cannot
   * hide an error.
   */
  private static <T> ResponseDecoder<T> vobizDecoder(ResponseDecoder<T> decode) {
    return new ResponseDecoder<>() {
      @Override
      public T decode(JsonReader reader) throws IOException {
        return decode.decode(reader);
      }

      @Override
      public void rejectErrorBody(JsonReader body) throws IOException {
        Map<String, @Nullable Object> fields = VobizErrorParser.readErrorFields(body);
        if (fields != null) {
          VobizErrorParser.rejectIfError(fields);
        }
      }
    };
  }
}
