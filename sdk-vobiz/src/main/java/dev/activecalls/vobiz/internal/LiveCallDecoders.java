package dev.activecalls.vobiz.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns Vobiz's live-call bodies into {@link LiveCall} and {@link LiveCallList}: detects a 200
 * whose body is an error, picks the requested call out of the legacy {@code calls} array, and maps
 * both shapes' field names onto one record. Built once per client, with that client's Moshi (which
 * carries its timestamp zone).
 *
 * <p>A body is read once. The wire records also carry the two fields that mark an error body
 * ({@code status}, {@code error}); since error bodies are rare, the top-level error fields are
 * looked at on their own ({@link #rejectErrorBody}) only when one of those is set or the body does
 * not fit the record, so the usual body costs one pass, not two.
 */
public final class LiveCallDecoders {
  /** The top-level fields that tell an error body from a result. */
  private static final Set<String> ERROR_FIELDS = Set.of("status", "error", "message", "requestId", "api_id");

  private final JsonAdapter<WireLiveCall> callAdapter;
  private final JsonAdapter<WireLiveCallList> listAdapter;

  /**
   * Creates the decoders.
   *
   * @param moshi the client's Moshi, from {@code Json.moshi(zone)}
   */
  public LiveCallDecoders(Moshi moshi) {
    this.callAdapter = moshi.adapter(WireLiveCall.class);
    this.listAdapter = moshi.adapter(WireLiveCallList.class);
  }

  /**
   * Returns the decoder for one live call.
   *
   * @param requestedUuid the UUID the caller asked for, to pick the call out of a legacy body
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body (classified by
   *     {@link VobizErrorParser#classify}) and, classified as 404, for a legacy body listing no
   *     matching call
   */
  public ResponseDecoder<LiveCall> liveCall(String requestedUuid) {
    return reader -> {
      WireLiveCall body = readBody(reader, callAdapter);
      if (body == null) {
        throw new JsonDataException("Expected a live call object but was null at path $");
      }
      List<WireLiveCall> calls = body.calls();
      WireLiveCall call = calls == null ? body : pick(calls, requestedUuid);
      return toLiveCall(call, body.api_id());
    };
  }

  /**
   * Returns the decoder for the live-call list.
   *
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body
   */
  public ResponseDecoder<LiveCallList> liveCallList() {
    return reader -> {
      WireLiveCallList body = readBody(reader, listAdapter);
      if (body == null) {
        throw new JsonDataException("Expected a live call list object but was null at path $");
      }
      List<@Nullable String> calls = body.calls() == null ? List.of() : body.calls();
      List<String> uuids = new ArrayList<>(calls.size());
      for (int i = 0; i < calls.size(); i++) {
        String uuid = calls.get(i);
        if (uuid == null || uuid.isBlank()) {
          throw new JsonDataException("Expected a call UUID but was " + (uuid == null ? "null" : "blank")
              + " at path $.calls[" + i + "]");
        }
        uuids.add(uuid);
      }
      return new LiveCallList(body.api_id(), uuids);
    };
  }

  /**
   * Reads the body with {@code adapter} in one pass, and throws the error it reports, if any. Only
   * a body that sets a top-level error field or does not fit the record gets the second pass of
   * {@link #rejectErrorBody}; for one that does not fit, that pass comes before the adapter's
   * failure is rethrown, so a call field of an unexpected type cannot hide an error, and a body
   * that is not valid JSON fails exactly as when the check ran first.
   *
   * @param reader the body
   * @param adapter the wire record's adapter
   * @return the record; null only for a JSON {@code null}
   * @throws ErrorInBodyException if the body is an error body
   */
  private static <T extends ErrorMarkers> @Nullable T readBody(JsonReader reader, JsonAdapter<T> adapter)
      throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      // Not an object: the adapter reports the shape error with its path.
      return adapter.fromJson(reader);
    }
    // Decode a copy, not the reader: the check's own copy of an unread reader stays valid (Okio's
    // peek fails once the reader has read on), and a failure naming no path, like a truncated
    // body's, is still reported at $, the unread reader's path, as before.
    T body;
    try {
      body = adapter.fromJson(reader.peekJson());
    } catch (IOException | RuntimeException e) {
      rejectErrorBody(reader); // its own failure or the error it finds comes first, as before
      throw e;
    }
    if (body != null && body.mayBeError()) {
      rejectErrorBody(reader); // may still be a result: "status": "live", "error": ""
    }
    return body;
  }

  /**
   * Throws when a success body is really an error. Looks ahead on a copy of the reader and reads
   * only the few top-level error fields, so that a call field with an unexpected type cannot hide
   * the error. This is a second pass over the body, so it runs only when the body sets {@code
   * status} or {@code error} or does not fit the record: error bodies are rare.
   *
   * @param reader an unread reader at the body's object
   */
  private static void rejectErrorBody(JsonReader reader) throws IOException {
    JsonReader ahead = reader.peekJson();
    Map<String, @Nullable Object> top = new HashMap<>();
    ahead.beginObject();
    while (ahead.hasNext()) {
      String name = ahead.nextName();
      if (ERROR_FIELDS.contains(name)) {
        top.put(name, ahead.readJsonValue());
      } else {
        ahead.skipValue();
      }
    }
    if (VobizErrorParser.isError(top)) {
      ErrorDetails details = VobizErrorParser.details(top);
      throw new ErrorInBodyException(VobizErrorParser.classify(details), details);
    }
  }

  /**
   * Picks the requested call out of a legacy {@code calls} array: the element whose {@code
   * call_uuid} (or {@code request_uuid}) matches, ignoring case; else the only element, since the
   * path already named the call and Vobiz also calls the UUID the request UUID.
   */
  private static WireLiveCall pick(List<WireLiveCall> calls, String requestedUuid) {
    for (WireLiveCall call : calls) {
      if (call != null && (requestedUuid.equalsIgnoreCase(call.call_uuid())
          || requestedUuid.equalsIgnoreCase(call.request_uuid()))) {
        return call;
      }
    }
    if (calls.size() == 1 && calls.get(0) != null) {
      return calls.get(0);
    }
    String why = calls.isEmpty()
        ? "Call " + requestedUuid + " is not live: Vobiz listed no live calls"
        : "Call " + requestedUuid + " is not live: Vobiz listed " + calls.size()
            + (calls.size() == 1 ? " call" : " calls") + ", none of them this one";
    throw new ErrorInBodyException(404, new ErrorDetails(null, why, null, null));
  }

  private static LiveCall toLiveCall(WireLiveCall call, @Nullable String apiId) {
    String uuid = text(call.call_uuid());
    if (uuid == null) {
      throw new JsonDataException("Expected the live call's call_uuid but it was missing or blank");
    }
    return new LiveCall(
        uuid,
        text(call.request_uuid()),
        text(apiId),
        text(first(call.from(), call.from_number())),
        text(first(call.to(), call.to_number())),
        text(call.caller_name()),
        present(first(call.direction(), call.call_direction())),
        present(first(call.call_status(), call.call_state())),
        call.initiation_time(),
        call.answer_time(),
        call.session_start(),
        call.call_duration(),
        call.end_time(),
        call.bill_duration(),
        call.billed_duration(),
        call.total_amount(),
        call.total_rate(),
        call.hangup_cause_code(),
        text(call.hangup_cause_name()),
        text(call.hangup_source()),
        text(call.conference_uuid()),
        text(call.parent_call_uuid()),
        text(call.resource_uri()),
        text(call.stir_verification()),
        text(call.stir_attestation()),
        text(call.source_ip()));
  }

  private static <T> @Nullable T first(@Nullable T current, @Nullable T legacy) {
    return current != null ? current : legacy;
  }

  /** Vobiz sends {@code ""} for "none" (caller_name, for one); that is null here. */
  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E>> @Nullable OpenEnum<E> present(@Nullable OpenEnum<E> value) {
    return value == null || value.raw().isBlank() ? null : value;
  }
}
