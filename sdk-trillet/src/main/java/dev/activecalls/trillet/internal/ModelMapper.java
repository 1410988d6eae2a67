package dev.activecalls.trillet.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.activecalls.core.internal.Json;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.Participant;
import dev.activecalls.trillet.TranscriptEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Builds the public records from {@link WireModels}, checking what the public types promise: a
 * required value missing or null, a null list element or unusable metadata throws a {@link
 * JsonDataException} whose message ends {@code at path <JSON path of the culprit>}, which the
 * pipeline reports as {@code ResponseDecodingException.jsonPath()}. Optional values stay null;
 * missing lists become empty.
 */
final class ModelMapper {
  private static final JsonAdapter<Object> ANY_JSON = Json.moshi().adapter(Object.class);

  private ModelMapper() {}

  static ActiveCallList list(WireModels.CallList wire) {
    List<ActiveCall> calls = elements(wire.data(), Location.ROOT.field("data"), ModelMapper::call);
    return new ActiveCallList(
        calls, required(wire.count(), Location.ROOT, "count"), required(wire.timestamp(), Location.ROOT, "timestamp"));
  }

  static ActiveCallDetails details(WireModels.CallDetails wire) {
    Location path = Location.ROOT;
    return new ActiveCallDetails(
        required(wire.id(), path, "id"),
        required(wire.roomName(), path, "roomName"),
        wire.customerPhone(),
        wire.customerName(),
        required(wire.aiAgentName(), path, "aiAgentName"),
        required(wire.duration(), path, "duration"),
        wire.sentiment(),
        elements(wire.transcript(), path.field("transcript"), ModelMapper::transcriptEntry),
        elements(wire.participants(), path.field("participants"), ModelMapper::participant));
  }

  private static ActiveCall call(WireModels.Call wire, Location path) {
    return new ActiveCall(
        required(wire.id(), path, "id"),
        required(wire.roomName(), path, "roomName"),
        wire.customerPhone(),
        wire.customerName(),
        required(wire.aiAgentName(), path, "aiAgentName"),
        required(wire.duration(), path, "duration"),
        required(wire.status(), path, "status"),
        wire.sentiment(),
        wire.lastMessage(),
        required(wire.transferRequested(), path, "transferRequested"),
        required(wire.type(), path, "type"),
        elements(wire.participants(), path.field("participants"), ModelMapper::participant));
  }

  private static Participant participant(WireModels.Participant wire, Location path) {
    return new Participant(
        required(wire.identity(), path, "identity"),
        required(wire.isAgent(), path, "isAgent"),
        required(wire.joinedAt(), path, "joinedAt"),
        metadata(wire.metadata(), path));
  }

  private static TranscriptEntry transcriptEntry(WireModels.TranscriptEntry wire, Location path) {
    return new TranscriptEntry(required(wire.role(), path, "role"), required(wire.content(), path, "content"));
  }

  /**
   * Reads participant metadata: the documented JSON object, or (as LiveKit keeps it) a string
   * holding a JSON object; absent, null or a blank string is empty.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> metadata(@Nullable Object raw, Location path) {
    if (raw == null) {
      return Map.of();
    }
    if (raw instanceof Map<?, ?> object) {
      return (Map<String, @Nullable Object>) object;
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
        return (Map<String, @Nullable Object>) object;
      }
    }
    throw new JsonDataException("Expected metadata to be a JSON object (or a string holding one) but was "
        + describe(raw) + " at path " + path + ".metadata");
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

  private static <T> T required(@Nullable T value, Location objectPath, String name) {
    if (value == null) {
      // Absent and null look alike here; a blank timestamp also reads as null.
      throw new JsonDataException(
          "Required value '" + name + "' is missing, null or empty at path " + objectPath + '.' + name);
    }
    return value;
  }

  private static <W, T> List<T> elements(
      @Nullable List<@Nullable W> wire, Location path, BiFunction<W, Location, T> mapper) {
    if (wire == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(wire.size());
    for (int i = 0; i < wire.size(); i++) {
      Location elementPath = path.index(i);
      W element = wire.get(i);
      if (element == null) {
        throw new JsonDataException("Expected an object but was null at path " + elementPath);
      }
      out.add(mapper.apply(element, elementPath));
    }
    return out;
  }

  /**
   * Where a value sits in the body. Rendered as a JSON path only when a check fails: building the
   * path text for every element of a large list was a measurable part of decoding it.
   */
  private record Location(@Nullable Location parent, @Nullable String field, int index) {
    static final Location ROOT = new Location(null, null, -1);

    Location field(String name) {
      return new Location(this, name, -1);
    }

    Location index(int position) {
      return new Location(this, null, position);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "$";
      }
      return field != null ? parent + "." + field : parent + "[" + index + "]";
    }
  }
}
