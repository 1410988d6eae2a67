package dev.activecalls.vobiz;

import dev.activecalls.core.OpenEnum;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of one Vobiz call that is live ({@link LiveCallsService#get(String)}) or queued
 * ({@link QueuedCallsService#get(String)}, the current shape with {@code call_status} {@code
 * queued}). Vobiz answers in two shapes: the legacy one ({@code {api_id,
 * calls:[{call_state, call_duration, from_number, ...}]}}) and the current flat one ({@code {api_id,
 * call_status, from, to, session_start, ...}}). Both decode to this record; a field the shape
 * does not carry is null, and an empty string from Vobiz reads as null too.
 *
 * <p>Timestamps without a zone are read in the client's {@code timestampZone} (UTC unless set);
 * an explicit offset in the text wins.
 *
 * @param callUuid the call's UUID ({@code call_uuid})
 * @param requestUuid the UUID of the API request that made the call ({@code request_uuid}; current
 *     shape only)
 * @param apiId Vobiz's identifier of this API request ({@code api_id})
 * @param from the calling number ({@code from}, legacy {@code from_number})
 * @param to the called number ({@code to}, legacy {@code to_number})
 * @param callerName the caller ID name ({@code caller_name}; current shape only, null when Vobiz
 *     has none)
 * @param direction inbound or outbound ({@code direction}, legacy {@code call_direction})
 * @param state the call's state ({@code call_status} like {@code in-progress}, legacy {@code
 *     call_state} like {@code ACTIVE}); the raw text is kept
 * @param initiationTime when the call was initiated ({@code initiation_time}; legacy shape)
 * @param answerTime when the call was answered ({@code answer_time}; legacy shape)
 * @param sessionStart when the call session started ({@code session_start}; current shape)
 * @param duration how long the call has been up since it was answered ({@code call_duration};
 *     legacy shape)
 * @param endTime when the call ended ({@code end_time}); null while the call is live
 * @param billDuration the duration that is billed ({@code bill_duration}); null until the call
 *     ends
 * @param billedDuration the billed duration after rounding to the billing interval ({@code
 *     billed_duration}); null until the call ends
 * @param totalAmount the call's cost ({@code total_amount}), exact; null until billed
 * @param totalRate the rate charged ({@code total_rate}), exact; null until billed
 * @param hangupCauseCode Vobiz's numeric hangup cause ({@code hangup_cause_code}); null while live
 * @param hangupCauseName the hangup cause ({@code hangup_cause_name}); null while live
 * @param hangupSource who hung up, like {@code Caller} or {@code API Request} ({@code
 *     hangup_source}); null while live
 * @param conferenceUuid the conference the call is in ({@code conference_uuid})
 * @param parentCallUuid the A-leg of this call ({@code parent_call_uuid})
 * @param resourceUri the call's API path ({@code resource_uri})
 * @param stirVerification the STIR/SHAKEN verification result ({@code stir_verification}), like
 *     {@code verified} or {@code Not Applicable}
 * @param stirAttestation the STIR/SHAKEN attestation level ({@code stir_attestation}), like
 *     {@code A} or {@code Not Applicable}
 * @param sourceIp the IP address the call came from ({@code source_ip})
 */
public record LiveCall(
    String callUuid,
    @Nullable String requestUuid,
    @Nullable String apiId,
    @Nullable String from,
    @Nullable String to,
    @Nullable String callerName,
    @Nullable OpenEnum<CallDirection> direction,
    @Nullable OpenEnum<CallState> state,
    @Nullable Instant initiationTime,
    @Nullable Instant answerTime,
    @Nullable Instant sessionStart,
    @Nullable Duration duration,
    @Nullable Instant endTime,
    @Nullable Duration billDuration,
    @Nullable Duration billedDuration,
    @Nullable BigDecimal totalAmount,
    @Nullable BigDecimal totalRate,
    @Nullable Integer hangupCauseCode,
    @Nullable String hangupCauseName,
    @Nullable String hangupSource,
    @Nullable String conferenceUuid,
    @Nullable String parentCallUuid,
    @Nullable String resourceUri,
    @Nullable String stirVerification,
    @Nullable String stirAttestation,
    @Nullable String sourceIp) {

  /**
   * Checks that the call UUID is present.
   *
   * @throws NullPointerException if {@code callUuid} is null
   */
  public LiveCall {
    Objects.requireNonNull(callUuid, "callUuid");
  }
}
