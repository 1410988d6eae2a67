package dev.activecalls.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline for Talkover: a hand-written OkHttp + Moshi client for {@code GET
 * /api/v1/agents/{agent_id}/active-call/{phone}}, with the {@code +} sent as {@code %2B} as the
 * docs ask, 404 read as "no active call" and any other non-2xx status as an {@link IOException}.
 * Thread-safe.
 */
public final class TalkoverBaseline {
  static final Moshi MOSHI = new Moshi.Builder()
      .add(Instant.class, new TrilletBaseline.IsoInstantAdapter().nullSafe())
      .add(Duration.class, new TrilletBaseline.SecondsAdapter().nullSafe())
      .build();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String authorization;
  private final JsonAdapter<Envelope> adapter = MOSHI.adapter(Envelope.class);

  /**
   * Creates the baseline client.
   *
   * @param http the OkHttpClient to call through
   * @param baseUrl like {@code https://app.talkover.ai}
   * @param apiToken the {@code talq_...} token
   */
  public TalkoverBaseline(OkHttpClient http, String baseUrl, String apiToken) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.authorization = "Bearer " + apiToken;
  }

  /**
   * Lists the active calls between an agent and a phone number.
   *
   * @param agentId the agent
   * @param phone E.164, like {@code +15551234567}
   * @return the calls; empty on 404
   * @throws IOException if the call failed or the status was another non-2xx
   */
  public List<ActiveCall> listByPhone(String agentId, String phone) throws IOException {
    try (Response response = http.newCall(request(agentId, phone)).execute()) {
      if (response.code() == 404) {
        return List.of();
      }
      if (!response.isSuccessful()) {
        throw new IOException("Talkover answered HTTP " + response.code());
      }
      Envelope envelope = adapter.fromJson(response.body().source());
      return envelope == null || envelope.data() == null ? List.of() : envelope.data();
    }
  }

  /** Builds the lookup request, as every client of this benchmark sends it. */
  Request request(String agentId, String phone) {
    HttpUrl url = base.newBuilder()
        .addPathSegments("api/v1/agents")
        .addPathSegment(agentId)
        .addPathSegment("active-call")
        .addEncodedPathSegment(phone.replace("+", "%2B"))
        .build();
    return new Request.Builder().url(url).header("Authorization", authorization).build();
  }

  /**
   * The response envelope.
   *
   * @param success true for a result
   * @param data the calls
   */
  public record Envelope(boolean success, List<ActiveCall> data) {}

  /**
   * One active call.
   *
   * @param id the call id
   * @param agentId the agent
   * @param to the phone number
   * @param status the call status
   * @param startedAt when it started
   * @param duration time so far
   */
  public record ActiveCall(
      String id,
      @Json(name = "agent_id") @JsonProperty("agent_id") String agentId,
      String to,
      Status status,
      @Json(name = "started_at") @JsonProperty("started_at") Instant startedAt,
      @Json(name = "duration_seconds") @JsonProperty("duration_seconds") Duration duration) {}

  /** Call status. */
  public enum Status {
    /** Placed, not ringing yet. */
    @Json(name = "initiated") @JsonProperty("initiated") INITIATED,
    /** Ringing. */
    @Json(name = "ringing") @JsonProperty("ringing") RINGING,
    /** Answered. */
    @Json(name = "answered") @JsonProperty("answered") ANSWERED
  }
}
