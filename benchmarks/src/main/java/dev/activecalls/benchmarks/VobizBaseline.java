package dev.activecalls.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline for Vobiz: a hand-written OkHttp + Moshi client for {@code GET
 * /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=live}, with one record per response shape
 * (the developer picks the one their account gets), Vobiz's zone-less timestamps read as UTC by a
 * small adapter, and money as {@link BigDecimal}. A non-2xx status is an {@link IOException}.
 * Thread-safe.
 */
public final class VobizBaseline {
  static final Moshi MOSHI = new Moshi.Builder()
      .add(Instant.class, new UtcTimestampAdapter().nullSafe())
      .add(Duration.class, new TrilletBaseline.SecondsAdapter().nullSafe())
      .add(BigDecimal.class, new DecimalAdapter().nullSafe())
      .build();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String authId;
  private final String authToken;
  private final JsonAdapter<LegacyResponse> legacyAdapter = MOSHI.adapter(LegacyResponse.class);
  private final JsonAdapter<CurrentLiveCall> currentAdapter = MOSHI.adapter(CurrentLiveCall.class);

  /**
   * Creates the baseline client.
   *
   * @param http the OkHttpClient to call through
   * @param baseUrl like {@code https://api.vobiz.ai}
   * @param authId sent as {@code X-Auth-ID} and in the path
   * @param authToken sent as {@code X-Auth-Token}
   */
  public VobizBaseline(OkHttpClient http, String baseUrl, String authId, String authToken) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.authId = authId;
    this.authToken = authToken;
  }

  /**
   * Gets a live call from an account answering in the legacy shape.
   *
   * @param callUuid the call
   * @return the first (only) call of the body's {@code calls}
   * @throws IOException if the call failed, the status was not 2xx or no call came back
   */
  public LegacyLiveCall getLegacy(String callUuid) throws IOException {
    try (Response response = http.newCall(request(callUuid)).execute()) {
      check(response);
      LegacyResponse body = legacyAdapter.fromJson(response.body().source());
      if (body == null || body.calls() == null || body.calls().isEmpty()) {
        throw new IOException("Vobiz answered no call");
      }
      return body.calls().get(0);
    }
  }

  /**
   * Gets a live call from an account answering in the current flat shape.
   *
   * @param callUuid the call
   * @return the call
   * @throws IOException if the call failed or the status was not 2xx
   */
  public CurrentLiveCall getCurrent(String callUuid) throws IOException {
    try (Response response = http.newCall(request(callUuid)).execute()) {
      check(response);
      CurrentLiveCall call = currentAdapter.fromJson(response.body().source());
      if (call == null) {
        throw new JsonDataException("Vobiz answered null");
      }
      return call;
    }
  }

  /** Builds the request for one call, as every client of this benchmark sends it. */
  Request request(String callUuid) {
    HttpUrl url = base.newBuilder()
        .addPathSegments("api/v1/Account")
        .addPathSegment(authId)
        .addPathSegment("Call")
        .addPathSegment(callUuid)
        .addPathSegment("")
        .addQueryParameter("status", "live")
        .build();
    return new Request.Builder()
        .url(url)
        .header("X-Auth-ID", authId)
        .header("X-Auth-Token", authToken)
        .build();
  }

  static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("Vobiz answered HTTP " + response.code());
    }
  }

  /**
   * The legacy body.
   *
   * @param apiId the request id
   * @param calls the live calls
   */
  public record LegacyResponse(@Json(name = "api_id") @JsonProperty("api_id") String apiId, List<LegacyLiveCall> calls) {}

  /**
   * One call of the legacy body.
   *
   * @param answerTime when answered
   * @param billDuration billed seconds, null while live
   * @param billedDuration rounded billed seconds, null while live
   * @param direction inbound or outbound
   * @param duration seconds since answer
   * @param state the call state
   * @param callUuid the call
   * @param conferenceUuid the conference, if any
   * @param endTime null while live
   * @param from the calling number
   * @param initiationTime when initiated
   * @param parentCallUuid the A-leg, if any
   * @param hangupCauseCode null while live
   * @param hangupCauseName null while live
   * @param hangupSource null while live
   * @param resourceUri the call's API path
   * @param to the called number
   * @param totalAmount null until billed
   * @param totalRate null until billed
   * @param stirVerification STIR/SHAKEN verification
   * @param stirAttestation STIR/SHAKEN attestation
   * @param sourceIp the source IP
   */
  public record LegacyLiveCall(
      @Json(name = "answer_time") @JsonProperty("answer_time") Instant answerTime,
      @Json(name = "bill_duration") @JsonProperty("bill_duration") Duration billDuration,
      @Json(name = "billed_duration") @JsonProperty("billed_duration") Duration billedDuration,
      @Json(name = "call_direction") @JsonProperty("call_direction") Direction direction,
      @Json(name = "call_duration") @JsonProperty("call_duration") Duration duration,
      @Json(name = "call_state") @JsonProperty("call_state") LegacyState state,
      @Json(name = "call_uuid") @JsonProperty("call_uuid") String callUuid,
      @Json(name = "conference_uuid") @JsonProperty("conference_uuid") String conferenceUuid,
      @Json(name = "end_time") @JsonProperty("end_time") Instant endTime,
      @Json(name = "from_number") @JsonProperty("from_number") String from,
      @Json(name = "initiation_time") @JsonProperty("initiation_time") Instant initiationTime,
      @Json(name = "parent_call_uuid") @JsonProperty("parent_call_uuid") String parentCallUuid,
      @Json(name = "hangup_cause_code") @JsonProperty("hangup_cause_code") Integer hangupCauseCode,
      @Json(name = "hangup_cause_name") @JsonProperty("hangup_cause_name") String hangupCauseName,
      @Json(name = "hangup_source") @JsonProperty("hangup_source") String hangupSource,
      @Json(name = "resource_uri") @JsonProperty("resource_uri") String resourceUri,
      @Json(name = "to_number") @JsonProperty("to_number") String to,
      @Json(name = "total_amount") @JsonProperty("total_amount") BigDecimal totalAmount,
      @Json(name = "total_rate") @JsonProperty("total_rate") BigDecimal totalRate,
      @Json(name = "stir_verification") @JsonProperty("stir_verification") String stirVerification,
      @Json(name = "stir_attestation") @JsonProperty("stir_attestation") String stirAttestation,
      @Json(name = "source_ip") @JsonProperty("source_ip") String sourceIp) {}

  /**
   * The current flat body.
   *
   * @param apiId the request id
   * @param status the call status
   * @param callUuid the call
   * @param callerName the caller ID name
   * @param direction inbound or outbound
   * @param from the calling number
   * @param to the called number
   * @param requestUuid the request that made the call
   * @param sessionStart when the session started
   * @param stirAttestation STIR/SHAKEN attestation
   * @param stirVerification STIR/SHAKEN verification
   */
  public record CurrentLiveCall(
      @Json(name = "api_id") @JsonProperty("api_id") String apiId,
      @Json(name = "call_status") @JsonProperty("call_status") Status status,
      @Json(name = "call_uuid") @JsonProperty("call_uuid") String callUuid,
      @Json(name = "caller_name") @JsonProperty("caller_name") String callerName,
      Direction direction,
      String from,
      String to,
      @Json(name = "request_uuid") @JsonProperty("request_uuid") String requestUuid,
      @Json(name = "session_start") @JsonProperty("session_start") Instant sessionStart,
      @Json(name = "stir_attestation") @JsonProperty("stir_attestation") String stirAttestation,
      @Json(name = "stir_verification") @JsonProperty("stir_verification") String stirVerification) {}

  /** Legacy call state. */
  public enum LegacyState {
    /** Ringing. */
    RINGING,
    /** Early media. */
    EARLY,
    /** Connected. */
    ACTIVE,
    /** On hold. */
    HELD
  }

  /** Current call status. */
  public enum Status {
    /** Queued. */
    @Json(name = "queued") @JsonProperty("queued") QUEUED,
    /** Ringing. */
    @Json(name = "ringing") @JsonProperty("ringing") RINGING,
    /** Connected. */
    @Json(name = "in-progress") @JsonProperty("in-progress") IN_PROGRESS
  }

  /** Call direction. */
  public enum Direction {
    /** Received. */
    @Json(name = "inbound") @JsonProperty("inbound") INBOUND,
    /** Placed. */
    @Json(name = "outbound") @JsonProperty("outbound") OUTBOUND
  }

  /** Reads {@code 2014-10-15 09:03:43} or {@code 2026-06-11 16:03:28.586839} as UTC. */
  static final class UtcTimestampAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return LocalDateTime.parse(reader.nextString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** Reads a decimal from a JSON number or string. */
  static final class DecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      return new BigDecimal(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }
  }
}
