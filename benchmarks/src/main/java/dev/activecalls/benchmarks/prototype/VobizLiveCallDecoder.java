package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.vobiz.CallDirection;
import dev.activecalls.vobiz.CallState;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.internal.LiveCallDecoders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Proposed {@code dev.activecalls.vobiz.internal.LiveCallDecoders.liveCall}: one pass over the body
 * instead of two. Today {@code rejectErrorBody} first scans the whole top level on a {@code
 * peekJson()} copy (skipping the legacy {@code calls} array value by value) and builds a {@code
 * HashMap}, then the adapter reads everything again. Here the wire record also carries the two
 * fields that make a body an error ({@code status}, {@code error}); only when one of them is
 * present, or the body does not fit the record, is the body handed, from a {@code peekJson()}
 * taken up front, to the SDK's current decoder, so error bodies are reported exactly as before.
 * The mapping onto {@link LiveCall} is the SDK's, unchanged.
 */
public final class VobizLiveCallDecoder {
  private final JsonAdapter<Wire> adapter;
  private final LiveCallDecoders careful;

  /**
   * Creates the decoder.
   *
   * @param moshi the client's Moshi
   */
  public VobizLiveCallDecoder(Moshi moshi) {
    this.adapter = moshi.adapter(Wire.class);
    this.careful = new LiveCallDecoders(moshi);
  }

  /**
   * Returns the decoder for one live call.
   *
   * @param requestedUuid the UUID asked for
   * @return the decoder
   */
  public ResponseDecoder<LiveCall> liveCall(String requestedUuid) {
    ResponseDecoder<LiveCall> slow = careful.liveCall(requestedUuid);
    return reader -> {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return slow.decode(reader);
      }
      JsonReader rewind = reader.peekJson();
      Wire body;
      try {
        body = adapter.fromJson(reader);
      } catch (JsonDataException e) {
        return slow.decode(rewind); // reports an error body first, else fails as before
      }
      if (body == null || body.status() != null || body.error() != null) {
        return slow.decode(rewind);
      }
      List<Wire> calls = body.calls();
      Wire call = calls == null ? body : pick(calls, requestedUuid);
      return toLiveCall(call, body.api_id());
    };
  }

  /** The SDK's {@code pick}, unchanged. */
  private static Wire pick(List<Wire> calls, String requestedUuid) {
    for (Wire call : calls) {
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

  /** The SDK's {@code toLiveCall}, unchanged. */
  private static LiveCall toLiveCall(Wire call, String apiId) {
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

  private static <T> T first(T current, T legacy) {
    return current != null ? current : legacy;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static <E extends Enum<E>> OpenEnum<E> present(OpenEnum<E> value) {
    return value == null || value.raw().isBlank() ? null : value;
  }

  /**
   * {@code WireLiveCall} plus the two top-level fields that mark an error body. Component names are
   * the JSON names.
   *
   * @param api_id request id
   * @param status {@code "error"} in an error body
   * @param error the error text or object in an error body
   * @param calls legacy calls
   * @param call_uuid call UUID
   * @param request_uuid request UUID
   * @param from current calling number
   * @param to current called number
   * @param from_number legacy calling number
   * @param to_number legacy called number
   * @param caller_name caller ID name
   * @param direction current direction
   * @param call_direction legacy direction
   * @param call_status current state
   * @param call_state legacy state
   * @param initiation_time initiated
   * @param answer_time answered
   * @param session_start session start
   * @param end_time ended
   * @param call_duration seconds since answer
   * @param bill_duration billed seconds
   * @param billed_duration rounded billed seconds
   * @param total_amount cost
   * @param total_rate rate
   * @param hangup_cause_code hangup code
   * @param hangup_cause_name hangup cause
   * @param hangup_source who hung up
   * @param conference_uuid conference
   * @param parent_call_uuid A-leg
   * @param resource_uri API path
   * @param stir_verification STIR/SHAKEN verification
   * @param stir_attestation STIR/SHAKEN attestation
   * @param source_ip source IP
   */
  public record Wire(
      String api_id,
      Object status,
      Object error,
      List<Wire> calls,
      String call_uuid,
      String request_uuid,
      String from,
      String to,
      String from_number,
      String to_number,
      String caller_name,
      OpenEnum<CallDirection> direction,
      OpenEnum<CallDirection> call_direction,
      OpenEnum<CallState> call_status,
      OpenEnum<CallState> call_state,
      Instant initiation_time,
      Instant answer_time,
      Instant session_start,
      Instant end_time,
      Duration call_duration,
      Duration bill_duration,
      Duration billed_duration,
      BigDecimal total_amount,
      BigDecimal total_rate,
      Integer hangup_cause_code,
      String hangup_cause_name,
      String hangup_source,
      String conference_uuid,
      String parent_call_uuid,
      String resource_uri,
      String stir_verification,
      String stir_attestation,
      String source_ip) {}
}
