package dev.activecalls.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline for Trillet: what a competent developer writes by hand with OkHttp and Moshi for
 * {@code GET /v2/api/active-calls}. Their own records mirror the JSON, enums carry {@code @Json}
 * wire names, and two small adapters read ISO-8601 instants and whole seconds. A non-2xx status
 * is an {@link IOException}. Thread-safe.
 */
public final class TrilletBaseline {
  /** The Moshi a developer would set up once: instants and second counts. */
  public static final Moshi MOSHI = new Moshi.Builder()
      .add(Instant.class, new IsoInstantAdapter().nullSafe())
      .add(Duration.class, new SecondsAdapter().nullSafe())
      .build();

  private final OkHttpClient http;
  private final HttpUrl listUrl;
  private final String apiKey;
  private final String workspaceId;
  private final JsonAdapter<CallList> listAdapter = MOSHI.adapter(CallList.class);

  /**
   * Creates the baseline client.
   *
   * @param http the OkHttpClient to call through
   * @param baseUrl like {@code https://api.trillet.ai}
   * @param apiKey sent as {@code x-api-key}
   * @param workspaceId sent as {@code x-workspace-id}
   */
  public TrilletBaseline(OkHttpClient http, String baseUrl, String apiKey, String workspaceId) {
    this.http = http;
    this.listUrl = HttpUrl.get(baseUrl).newBuilder().addPathSegments("v2/api/active-calls").build();
    this.apiKey = apiKey;
    this.workspaceId = workspaceId;
  }

  /**
   * Lists the active calls.
   *
   * @return the decoded body
   * @throws IOException if the call failed or the status was not 2xx
   */
  public CallList list() throws IOException {
    try (Response response = newListCall().execute()) {
      return read(response);
    }
  }

  /**
   * Returns a new, not yet started call for the list, for {@link Call#enqueue}.
   *
   * @return the call
   */
  public Call newListCall() {
    Request request = new Request.Builder()
        .url(listUrl)
        .header("x-api-key", apiKey)
        .header("x-workspace-id", workspaceId)
        .build();
    return http.newCall(request);
  }

  /**
   * Checks the status and decodes the body of a list response; does not close it.
   *
   * @param response the response
   * @return the decoded body
   * @throws IOException if the status was not 2xx or the body not JSON
   */
  public CallList read(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("Trillet answered HTTP " + response.code());
    }
    CallList list = listAdapter.fromJson(response.body().source());
    if (list == null) {
      throw new JsonDataException("Trillet answered null");
    }
    return list;
  }

  /**
   * The list body.
   *
   * @param data the calls
   * @param count Trillet's count
   * @param timestamp the server time
   */
  public record CallList(List<ActiveCall> data, int count, Instant timestamp) {}

  /**
   * One active call.
   *
   * @param id the call id
   * @param roomName the LiveKit room
   * @param customerPhone the customer's number, null for web calls
   * @param customerName the customer's name, may be null
   * @param aiAgentName the agent's name
   * @param duration time so far
   * @param status always active here
   * @param sentiment may be null
   * @param lastMessage the latest message
   * @param transferRequested whether a transfer was asked for
   * @param type phone or web
   * @param participants who is in the room
   */
  public record ActiveCall(
      String id,
      String roomName,
      String customerPhone,
      String customerName,
      String aiAgentName,
      Duration duration,
      Status status,
      Sentiment sentiment,
      String lastMessage,
      boolean transferRequested,
      Type type,
      List<Participant> participants) {}

  /**
   * A room participant.
   *
   * @param identity the LiveKit identity
   * @param isAgent whether it is the AI agent
   * @param joinedAt when it joined
   */
  public record Participant(String identity, boolean isAgent, Instant joinedAt) {}

  /** Call status. */
  public enum Status {
    /** In progress. */
    @Json(name = "active") @JsonProperty("active") ACTIVE
  }

  /** Detected sentiment. */
  public enum Sentiment {
    /** Satisfied. */
    @Json(name = "positive") @JsonProperty("positive") POSITIVE,
    /** Neither. */
    @Json(name = "neutral") @JsonProperty("neutral") NEUTRAL,
    /** Unhappy. */
    @Json(name = "negative") @JsonProperty("negative") NEGATIVE
  }

  /** Call type. */
  public enum Type {
    /** A phone call. */
    @Json(name = "phone") @JsonProperty("phone") PHONE,
    /** A web call. */
    @Json(name = "web") @JsonProperty("web") WEB
  }

  /** Reads ISO-8601 instants such as {@code 2024-06-01T10:00:00.000Z} with {@link Instant#parse}. */
  static final class IsoInstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return Instant.parse(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** Reads a whole number of seconds as a {@link Duration}. */
  static final class SecondsAdapter extends JsonAdapter<Duration> {
    @Override
    public Duration fromJson(JsonReader reader) throws IOException {
      return Duration.ofSeconds(reader.nextLong());
    }

    @Override
    public void toJson(JsonWriter writer, Duration value) throws IOException {
      writer.value(value.getSeconds());
    }
  }
}
