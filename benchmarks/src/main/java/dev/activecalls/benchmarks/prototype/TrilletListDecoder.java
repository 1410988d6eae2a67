package dev.activecalls.benchmarks.prototype;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.internal.Json;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.Participant;
import dev.activecalls.trillet.internal.WireModels;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Proposed {@code dev.activecalls.trillet.internal.ModelMapper.list} (with the list decoder of
 * {@code ActiveCallsServiceImpl}): the same checks and the same error messages, but an element's
 * JSON path ({@code $.data[3].participants[1]}) is built only when a check fails instead of for
 * every element, and each mapped list is built immutable once, so that the records' {@code
 * List.copyOf} returns it as it is instead of copying it again.
 */
public final class TrilletListDecoder implements ResponseDecoder<ActiveCallList> {
  private static final JsonAdapter<Object> ANY_JSON = Json.moshi().adapter(Object.class);
  private static final int NONE = -1;

  private final JsonAdapter<WireModels.CallList> adapter;

  /**
   * Creates the decoder.
   *
   * @param moshi the Moshi to read the wire records with
   */
  public TrilletListDecoder(Moshi moshi) {
    this.adapter = moshi.adapter(WireModels.CallList.class);
  }

  @Override
  public ActiveCallList decode(JsonReader reader) throws IOException {
    WireModels.CallList wire = adapter.fromJson(reader);
    if (wire == null) {
      throw new JsonDataException("Expected a JSON value but was null at path " + reader.getPath());
    }
    return new ActiveCallList(
        calls(wire.data()),
        required(wire.count(), NONE, NONE, "count"),
        required(wire.timestamp(), NONE, NONE, "timestamp"));
  }

  @SuppressWarnings("unchecked")
  private static List<ActiveCall> calls(List<WireModels.Call> wire) {
    if (wire == null) {
      return List.of();
    }
    Object[] out = new Object[wire.size()];
    for (int i = 0; i < out.length; i++) {
      WireModels.Call element = wire.get(i);
      if (element == null) {
        throw new JsonDataException("Expected an object but was null at path " + path(i, NONE));
      }
      out[i] = call(element, i);
    }
    return (List<ActiveCall>) (List<?>) List.of(out);
  }

  private static ActiveCall call(WireModels.Call wire, int i) {
    return new ActiveCall(
        required(wire.id(), i, NONE, "id"),
        required(wire.roomName(), i, NONE, "roomName"),
        wire.customerPhone(),
        wire.customerName(),
        required(wire.aiAgentName(), i, NONE, "aiAgentName"),
        required(wire.duration(), i, NONE, "duration"),
        required(wire.status(), i, NONE, "status"),
        wire.sentiment(),
        wire.lastMessage(),
        required(wire.transferRequested(), i, NONE, "transferRequested"),
        required(wire.type(), i, NONE, "type"),
        participants(wire.participants(), i));
  }

  @SuppressWarnings("unchecked")
  private static List<Participant> participants(List<WireModels.Participant> wire, int call) {
    if (wire == null) {
      return List.of();
    }
    Object[] out = new Object[wire.size()];
    for (int j = 0; j < out.length; j++) {
      WireModels.Participant element = wire.get(j);
      if (element == null) {
        throw new JsonDataException("Expected an object but was null at path " + path(call, j));
      }
      out[j] = new Participant(
          required(element.identity(), call, j, "identity"),
          required(element.isAgent(), call, j, "isAgent"),
          required(element.joinedAt(), call, j, "joinedAt"),
          metadata(element.metadata(), call, j));
    }
    return (List<Participant>) (List<?>) List.of(out);
  }

  /** As the SDK's {@code ModelMapper.metadata}; the path is built only for the error. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata(Object raw, int call, int participant) {
    if (raw == null) {
      return Map.of();
    }
    if (raw instanceof Map<?, ?> object) {
      return (Map<String, Object>) object;
    }
    if (raw instanceof String text) {
      if (text.isBlank()) {
        return Map.of();
      }
      Object parsed;
      try {
        parsed = ANY_JSON.fromJson(text);
      } catch (IOException | RuntimeException e) {
        parsed = null;
      }
      if (parsed instanceof Map<?, ?> object) {
        return (Map<String, Object>) object;
      }
    }
    throw new JsonDataException("Expected metadata to be a JSON object (or a string holding one) but was "
        + describe(raw) + " at path " + path(call, participant) + ".metadata");
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
      return "the string '" + shown + "'";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    return value instanceof Number ? "a number" : "a boolean";
  }

  /** {@code $}, {@code $.data[i]} or {@code $.data[i].participants[j]}. */
  private static String path(int call, int participant) {
    if (call == NONE) {
      return "$";
    }
    String callPath = "$.data[" + call + ']';
    return participant == NONE ? callPath : callPath + ".participants[" + participant + ']';
  }

  private static <T> T required(T value, int call, int participant, String name) {
    if (value == null) {
      throw new JsonDataException(
          "Required value '" + name + "' is missing, null or empty at path " + path(call, participant) + '.'
              + name);
    }
    return value;
  }
}
