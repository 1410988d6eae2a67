package dev.activecalls.vobiz.internal;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.vobiz.CallDirection;
import dev.activecalls.vobiz.CallState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET .../Call/{call_uuid}/?status=live} as Vobiz sends it, holding the fields
 * of both shapes: the legacy one, whose calls sit in {@code calls}, and the current flat one, whose
 * call fields sit at the top level, plus the fields of an error body. Component names
 * are the JSON names (Moshi reads records by component name). Public only because Moshi needs it.
 *
 * @param api_id the request's id (top level in both shapes)
 * @param status set only in an error body, to {@code "error"}; read as any JSON value (a String,
 *     Double, Boolean, Map or List), and any value but {@code "error"} marks no error
 * @param error set only in an error body: the error text, or an object with {@code code}, {@code
 *     message} and {@code details}; read as any JSON value, and null, blank text, a number or a
 *     boolean marks no error
 * @param message an error body's message when {@code error} is not an object; read as any JSON
 *     value, and only for an error body
 * @param requestId an error body's request id; read as any JSON value, and only for an error body
 * @param calls the legacy shape's calls; null in the current shape
 * @param call_uuid the call's UUID (both shapes)
 * @param request_uuid the UUID of the request that made the call (current)
 * @param from the calling number (current)
 * @param to the called number (current)
 * @param from_number the calling number (legacy)
 * @param to_number the called number (legacy)
 * @param caller_name the caller ID name (current)
 * @param direction the direction (current)
 * @param call_direction the direction (legacy)
 * @param call_status the state, like {@code in-progress} (current)
 * @param call_state the state, like {@code ACTIVE} (legacy)
 * @param initiation_time when the call was initiated (legacy)
 * @param answer_time when the call was answered (legacy)
 * @param session_start when the session started (current)
 * @param end_time when the call ended (legacy)
 * @param call_duration seconds since answer (legacy)
 * @param bill_duration billed seconds (legacy)
 * @param billed_duration billed seconds after rounding (legacy)
 * @param total_amount the cost (legacy)
 * @param total_rate the rate (legacy)
 * @param hangup_cause_code the hangup cause code (legacy)
 * @param hangup_cause_name the hangup cause (legacy)
 * @param hangup_source who hung up (legacy)
 * @param conference_uuid the conference (legacy)
 * @param parent_call_uuid the A-leg (legacy)
 * @param resource_uri the call's API path (legacy)
 * @param stir_verification STIR/SHAKEN verification (both)
 * @param stir_attestation STIR/SHAKEN attestation (both)
 * @param source_ip the source IP (legacy)
 */
public record WireLiveCall(
    @Nullable String api_id,
    @Nullable Object status,
    @Nullable Object error,
    @Nullable Object message,
    @Nullable Object requestId,
    @Nullable List<WireLiveCall> calls,
    @Nullable String call_uuid,
    @Nullable String request_uuid,
    @Nullable String from,
    @Nullable String to,
    @Nullable String from_number,
    @Nullable String to_number,
    @Nullable String caller_name,
    @Nullable OpenEnum<CallDirection> direction,
    @Nullable OpenEnum<CallDirection> call_direction,
    @Nullable OpenEnum<CallState> call_status,
    @Nullable OpenEnum<CallState> call_state,
    @Nullable Instant initiation_time,
    @Nullable Instant answer_time,
    @Nullable Instant session_start,
    @Nullable Instant end_time,
    @Nullable Duration call_duration,
    @Nullable Duration bill_duration,
    @Nullable Duration billed_duration,
    @Nullable BigDecimal total_amount,
    @Nullable BigDecimal total_rate,
    @Nullable Integer hangup_cause_code,
    @Nullable String hangup_cause_name,
    @Nullable String hangup_source,
    @Nullable String conference_uuid,
    @Nullable String parent_call_uuid,
    @Nullable String resource_uri,
    @Nullable String stir_verification,
    @Nullable String stir_attestation,
    @Nullable String source_ip) implements ErrorMarkers {}
