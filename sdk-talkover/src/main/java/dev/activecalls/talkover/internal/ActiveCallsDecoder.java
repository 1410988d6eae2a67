package dev.activecalls.talkover.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.internal.ErrorInBodyException;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.talkover.ActiveCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Talkover's success envelope, {@code {"success": true, "data": [call, ...]}}, into the list
 * of calls. A missing or null {@code data} is no calls; a single call object instead of an array
 * is one call. {@code "success": false} is an error whatever the status: it is signalled with an
 * {@link ErrorInBodyException} classified by the body's {@code code} (see {@link
 * TalkoverErrorParser#classify}).
 */
public final class ActiveCallsDecoder implements ResponseDecoder<List<ActiveCall>> {
  /** The status passed on when a {@code success:false} code has no known meaning. */
  private static final int NO_KNOWN_MEANING = 200;

  private final JsonAdapter<ActiveCallJson> callAdapter;

  /**
   * Creates the decoder.
   *
   * @param moshi the SDK's Moshi (see {@link dev.activecalls.core.internal.Json})
   */
  public ActiveCallsDecoder(Moshi moshi) {
    this.callAdapter = moshi.adapter(ActiveCallJson.class);
  }

  @Override
  public List<ActiveCall> decode(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected an object {\"success\", \"data\"} but was "
          + reader.peek() + " at path " + reader.getPath());
    }
    Boolean success = null;
    List<ActiveCall> calls = List.of();
    ErrorFields error = new ErrorFields();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      switch (name) {
        case "success" -> success = readSuccess(reader);
        case "data" -> {
          if (Boolean.FALSE.equals(success)) {
            reader.skipValue(); // an error body; whatever it holds is not calls
          } else {
            calls = readData(reader);
          }
        }
        default -> {
          if (!error.read(name, reader)) {
            reader.skipValue();
          }
        }
      }
    }
    reader.endObject();
    if (Boolean.FALSE.equals(success)) {
      var details = error.details();
      throw new ErrorInBodyException(
          TalkoverErrorParser.classify(details.code(), NO_KNOWN_MEANING), details);
    }
    return calls;
  }

  private static Boolean readSuccess(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BOOLEAN) {
      return reader.nextBoolean();
    }
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    throw new JsonDataException(
        "Expected true or false but was " + token + " at path " + reader.getPath());
  }

  private List<ActiveCall> readData(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL:
        reader.nextNull();
        return List.of();
      case BEGIN_OBJECT:
        return List.of(readCall(reader, ActiveCallJson.SINGLE));
      case BEGIN_ARRAY:
        List<ActiveCall> calls = new ArrayList<>();
        reader.beginArray();
        for (int index = 0; reader.hasNext(); index++) {
          calls.add(readCall(reader, index));
        }
        reader.endArray();
        return List.copyOf(calls);
      default:
        throw new JsonDataException(
            "Expected a list of calls but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /**
   * Reads one call in place. Once it is read the reader has moved past it, so a missing field is
   * reported with the path rebuilt from {@code index} (see {@link ActiveCallJson#path}), and only
   * then; a type error inside the call carries Moshi's own path, taken while reading it.
   */
  private ActiveCall readCall(JsonReader reader, int index) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException(
          "Expected a call object but was " + reader.peek() + " at path " + reader.getPath());
    }
    ActiveCallJson wire = callAdapter.fromJson(reader);
    if (wire == null) {
      throw new JsonDataException(
          "Expected a call object but was null at path " + ActiveCallJson.path(index));
    }
    return wire.toActiveCall(index);
  }
}
