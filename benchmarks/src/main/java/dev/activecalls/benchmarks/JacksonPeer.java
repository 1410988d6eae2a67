package dev.activecalls.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The peer (issue 17): the same requests on OkHttp, decoded by Jackson databind into the
 * hand-written baselines' records, with one {@code ObjectReader} per type made once, as a
 * competent developer sets Jackson up. Thread-safe.
 */
public final class JacksonPeer {
  private static final ObjectReader TRILLET_LIST =
      mapper(new IsoInstant()).readerFor(TrilletBaseline.CallList.class);
  private static final ObjectReader VOBIZ_LEGACY =
      mapper(new VobizInstant()).readerFor(VobizBaseline.LegacyResponse.class);
  private static final ObjectReader VOBIZ_CURRENT =
      mapper(new VobizInstant()).readerFor(VobizBaseline.CurrentLiveCall.class);
  private static final ObjectReader TALKOVER =
      mapper(new IsoInstant()).readerFor(TalkoverBaseline.Envelope.class);

  private JacksonPeer() {}

  private static ObjectMapper mapper(JsonDeserializer<Instant> instants) {
    SimpleModule module = new SimpleModule()
        .addDeserializer(Instant.class, instants)
        .addDeserializer(Duration.class, new Seconds());
    return JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS) // Vobiz's legacy body carries a // comment
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(module)
        .build();
  }

  /**
   * Lists Trillet's active calls.
   *
   * @param baseline builds the request
   * @return the decoded body
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static TrilletBaseline.CallList trilletList(TrilletBaseline baseline) throws IOException {
    return read(baseline.newListCall(), TRILLET_LIST);
  }

  /**
   * Gets a Vobiz call from an account answering in the legacy shape.
   *
   * @param baseline builds the request
   * @param http the client to call through
   * @param callUuid the call
   * @return the first call of the body
   * @throws IOException if the call failed, the status was not 2xx or no call came back
   */
  public static VobizBaseline.LegacyLiveCall vobizLegacy(VobizBaseline baseline, OkHttpClient http,
      String callUuid) throws IOException {
    VobizBaseline.LegacyResponse body = read(http.newCall(baseline.request(callUuid)), VOBIZ_LEGACY);
    if (body.calls() == null || body.calls().isEmpty()) {
      throw new IOException("Vobiz answered no call");
    }
    return body.calls().get(0);
  }

  /**
   * Gets a Vobiz call from an account answering in the current flat shape.
   *
   * @param baseline builds the request
   * @param http the client to call through
   * @param callUuid the call
   * @return the call
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static VobizBaseline.CurrentLiveCall vobizCurrent(VobizBaseline baseline, OkHttpClient http,
      String callUuid) throws IOException {
    return read(http.newCall(baseline.request(callUuid)), VOBIZ_CURRENT);
  }

  /**
   * Looks up Talkover's active calls by phone.
   *
   * @param baseline builds the request
   * @param http the client to call through
   * @param agentId the agent
   * @param phone E.164
   * @return the calls
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static List<TalkoverBaseline.ActiveCall> talkoverListByPhone(TalkoverBaseline baseline,
      OkHttpClient http, String agentId, String phone) throws IOException {
    TalkoverBaseline.Envelope envelope = read(http.newCall(baseline.request(agentId, phone)), TALKOVER);
    return envelope.data() == null ? List.of() : envelope.data();
  }

  private static <T> T read(Call call, ObjectReader reader) throws IOException {
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return reader.readValue(response.body().byteStream());
    }
  }

  /** ISO-8601 instants, as the Moshi baseline reads them. */
  private static final class IsoInstant extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Instant.parse(parser.getText());
    }
  }

  /** Vobiz's zone-less timestamps, read as UTC, as the Moshi baseline reads them. */
  private static final class VobizInstant extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return LocalDateTime.parse(parser.getText().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
  }

  /** Whole seconds. */
  private static final class Seconds extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Duration.ofSeconds(parser.getLongValue());
    }
  }
}
