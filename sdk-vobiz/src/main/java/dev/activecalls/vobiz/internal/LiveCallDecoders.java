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
 * <p>A body is read once: the wire records also carry the top-level fields of an error body, and
 * only when {@code status} or {@code error} is set is the body checked for an error. When a body
 * does not decode at all (a call field of an unexpected type, say), the pipeline hands it back to
 * {@link ResponseDecoder#rejectErrorBody}, which reads only the error fields, so that an error body
 * is reported as the error it is, not as a decoding failure.
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
    return new Decoder<>() {
      @Override
      public LiveCall decode(JsonReader reader) throws IOException {
        WireLiveCall body = checked(callAdapter.fromJson(reader), "a live call object");
        List<WireLiveCall> calls = body.calls();
        WireLiveCall call = calls == null ? body : pick(calls, requestedUuid);
        return toLiveCall(call, body.api_id());
      }
    };
  }

  /**
   * Returns the decoder for the live-call list.
   *
   * @return the decoder; it throws {@link ErrorInBodyException} for an error body
   */
  public ResponseDecoder<LiveCallList> liveCallList() {
    return new Decoder<>() {
      @Override
      public LiveCallList decode(JsonReader reader) throws IOException {
        WireLiveCallList body = checked(listAdapter.fromJson(reader), "a live call list object");
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
      }
    };
  }

  /**
   * Returns a decoded body that is not null and not an error body.
   *
   * @throws JsonDataException for a JSON {@code null}
   * @throws ErrorInBodyException if the body's error fields describe an error
   */
  private static <T extends ErrorMarkers> T checked(@Nullable T body, String expected) {
    if (body == null) {
      throw new JsonDataException("Expected " + expected + " but was null at path $");
    }
    if (body.mayBeError()) { // rare; and "status": "live" or "error": "" is still a result
      rejectIfError(body.errorFields());
    }
    return body;
  }

  private static void rejectIfError(Map<String, ?> topLevel) {
    if (VobizErrorParser.isError(topLevel)) {
      ErrorDetails details = VobizErrorParser.details(topLevel);
      throw new ErrorInBodyException(VobizErrorParser.classify(details), details);
    }
  }

  /**
   * A Vobiz decoder: on a body it could not decode, the second look reads only the top-level
   * error fields, so that a call field of an unexpected type cannot hide an error.
   */
  private abstract static class Decoder<T> implements ResponseDecoder<T> {
    @Override
    public void rejectErrorBody(JsonReader body) throws IOException {
      if (body.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return;
      }
      Map<String, @Nullable Object> topLevel = new HashMap<>();
      body.beginObject();
      while (body.hasNext()) {
        String name = body.nextName();
        if (ERROR_FIELDS.contains(name)) {
          topLevel.put(name, body.readJsonValue());
        } else {
          body.skipValue();
        }
      }
      rejectIfError(topLevel);
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
