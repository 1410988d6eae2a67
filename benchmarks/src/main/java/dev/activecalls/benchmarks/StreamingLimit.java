package dev.activecalls.benchmarks;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.vobiz.LiveCall;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The limit (issue 17): the same HTTP request as the hand-written baselines, on the same
 * OkHttpClient, decoded by the SDK's own streaming decoders straight into the SDK's records. What
 * the SDK adds on top (its request building, retry loop, limits, error mapping, logging check,
 * response wrapper) is therefore exactly the difference between a {@code sdk} row and its {@code
 * limit} row. Thread-safe.
 */
public final class StreamingLimit {
  private static final dev.activecalls.vobiz.internal.ModelReader VOBIZ =
      new dev.activecalls.vobiz.internal.ModelReader(ZoneOffset.UTC);

  private StreamingLimit() {}

  /**
   * Lists Trillet's active calls.
   *
   * @param baseline builds the request
   * @return the SDK's record
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static ActiveCallList trilletList(TrilletBaseline baseline) throws IOException {
    return decode(baseline.newListCall(), dev.activecalls.trillet.internal.ModelReader.LIST);
  }

  /**
   * Gets one Vobiz live call, in either shape.
   *
   * @param baseline builds the request
   * @param http the client to call through
   * @param callUuid the call
   * @return the SDK's record
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static LiveCall vobizGet(VobizBaseline baseline, okhttp3.OkHttpClient http, String callUuid)
      throws IOException {
    return decode(http.newCall(baseline.request(callUuid)), VOBIZ.liveCall(callUuid));
  }

  /**
   * Looks up Talkover's active calls by phone.
   *
   * @param baseline builds the request
   * @param http the client to call through
   * @param agentId the agent
   * @param phone E.164
   * @return the SDK's records
   * @throws IOException if the call failed or the status was not 2xx
   */
  public static List<ActiveCall> talkoverListByPhone(TalkoverBaseline baseline, okhttp3.OkHttpClient http,
      String agentId, String phone) throws IOException {
    return decode(http.newCall(baseline.request(agentId, phone)),
        dev.activecalls.talkover.internal.ModelReader.ACTIVE_CALLS);
  }

  /**
   * Decodes a Trillet list response that arrived through {@code enqueue}, and closes it.
   *
   * @param response the response
   * @return the SDK's record
   * @throws IOException if the body cannot be read or the status was not 2xx
   */
  public static ActiveCallList readTrilletList(Response response) throws IOException {
    return read(response, dev.activecalls.trillet.internal.ModelReader.LIST);
  }

  private static <T> T decode(Call call, ResponseDecoder<T> decoder) throws IOException {
    return read(call.execute(), decoder);
  }

  private static <T> T read(Response answer, ResponseDecoder<T> decoder) throws IOException {
    try (Response response = answer) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      BufferedSource source = response.body().source();
      try {
        JsonReader reader = JsonReader.of(source);
        reader.setLenient(true); // Vobiz's legacy body carries a // comment
        return decoder.decode(reader);
      } finally {
        // Hands the unread rest's segments back to Okio's pool, as the SDK does: closing a body
        // backed by a Buffer drops them, and each call would then allocate fresh 8 KiB segments.
        source.getBuffer().clear();
      }
    }
  }
}
