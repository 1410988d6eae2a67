package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.internal.ActiveCallJson;
import dev.activecalls.talkover.internal.ActiveCallsDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposed {@code dev.activecalls.talkover.internal.ActiveCallsDecoder}: each call is read once, in
 * place. Today {@code readCall} decodes every call from a {@code peekJson()} copy, computes {@code
 * reader.getPath()} and then skips the same call on the main reader, so the call is parsed twice
 * and a path string is built for every call. Here the body is read in one pass; only an error body
 * ({@code success:false} or error fields), a missing required field, or a shape the fast path does
 * not expect sends it, from a {@code peekJson()} taken up front, to the SDK's current decoder, so
 * every error and message stays exactly as it is.
 */
public final class TalkoverCallsDecoder implements ResponseDecoder<List<ActiveCall>> {
  private final JsonAdapter<ActiveCallJson> callAdapter;
  private final ActiveCallsDecoder careful;

  /**
   * Creates the decoder.
   *
   * @param moshi the SDK's Moshi
   */
  public TalkoverCallsDecoder(Moshi moshi) {
    this.callAdapter = moshi.adapter(ActiveCallJson.class);
    this.careful = new ActiveCallsDecoder(moshi);
  }

  @Override
  public List<ActiveCall> decode(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return careful.decode(reader);
    }
    JsonReader rewind = reader.peekJson();
    List<ActiveCall> calls = fast(reader);
    return calls != null ? calls : careful.decode(rewind);
  }

  /** Returns the calls, or null when the body needs the careful decoder. */
  private List<ActiveCall> fast(JsonReader reader) throws IOException {
    boolean success = false;
    List<ActiveCall> calls = List.of();
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (name) {
          case "success" -> {
            if (reader.peek() != JsonReader.Token.BOOLEAN || !reader.nextBoolean()) {
              return null;
            }
            success = true;
          }
          case "data" -> {
            calls = readData(reader);
            if (calls == null) {
              return null;
            }
          }
          case "message", "code", "request_id", "requestId", "error" -> {
            return null;
          }
          default -> reader.skipValue();
        }
      }
      reader.endObject();
    } catch (JsonDataException e) {
      return null;
    }
    return success ? calls : null;
  }

  private List<ActiveCall> readData(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL:
        reader.nextNull();
        return List.of();
      case BEGIN_OBJECT: {
        ActiveCall call = readCall(reader);
        return call == null ? null : List.of(call);
      }
      case BEGIN_ARRAY: {
        List<ActiveCall> calls = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            return null;
          }
          ActiveCall call = readCall(reader);
          if (call == null) {
            return null;
          }
          calls.add(call);
        }
        reader.endArray();
        return List.copyOf(calls);
      }
      default:
        return null;
    }
  }

  private ActiveCall readCall(JsonReader reader) throws IOException {
    ActiveCallJson wire = callAdapter.fromJson(reader);
    if (wire == null || wire.id() == null || wire.agentId() == null || wire.to() == null
        || wire.status() == null || wire.startedAt() == null) {
      return null;
    }
    return new ActiveCall(wire.id(), wire.agentId(), wire.to(), wire.status(), wire.startedAt(), wire.duration());
  }
}
