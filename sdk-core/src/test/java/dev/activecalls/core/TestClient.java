package dev.activecalls.core;

import com.squareup.moshi.JsonReader;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.JsonFields;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ResponseDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A minimal vendor client ("acme") built the way the vendor modules are, so the core can be tested
 * through the same public pieces: {@link ClientBuilder}, {@link Credentials}, the pipeline, and
 * streaming decoders built from {@link JsonFields} like the vendors' {@code ModelReader}s.
 */
final class TestClient extends ApiClient<TestClient, TestClient.Builder, Void> {
  /** The body the tests decode: {@code id} is required. */
  public record Thing(String id, @Nullable String name) {}

  /** A body with the numeric fields vendors send: seconds and money. */
  public record Measured(String id, @Nullable Duration took, @Nullable BigDecimal amount) {}

  /** Decodes a {@link Thing}. */
  static final ResponseDecoder<Thing> THING = TestClient::readThing;
  /** Decodes an array of {@link Thing}s; JSON null is none. */
  static final ResponseDecoder<List<Thing>> THINGS = reader -> JsonFields.list(reader, TestClient::readThing);
  /** Decodes a {@link Measured}. */
  static final ResponseDecoder<Measured> MEASURED = reader -> (Measured) read(reader, true);

  /** The fields of both bodies: {@code id}, a thing's {@code name}, then a measured body's. */
  private static final JsonReader.Options FIELDS = JsonReader.Options.of("id", "name", "took", "amount");
  private static final int FIRST_MEASURED = 2;
  /** Where {@link #read} sends a field of the other body type; selectName's own miss is -1. */
  private static final int OTHER_TYPE = -2;

  /** Reads {@code {"message": "...", "code": "..."}}. */
  static final ErrorBodyParser ERRORS = body -> {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      reader.setLenient(true);
      if (reader.readJsonValue() instanceof Map<?, ?> map) {
        return new ErrorDetails(
            (String) map.get("code"), (String) map.get("message"), (String) map.get("requestId"), null);
      }
    } catch (Exception e) {
      // not JSON, or a field of another type: an error parser must never throw
    }
    return ErrorDetails.NONE;
  };

  final HttpPipeline http;
  private final String apiKey;

  private TestClient(Builder builder, String apiKey, ClientConfig config) {
    super(builder, config, ERRORS);
    this.http = pipeline();
    this.apiKey = apiKey;
  }

  static Builder builder() {
    return new Builder();
  }

  /** {@code GET /things/{id}}, the id encoded as one segment. */
  static ApiRequest<Thing> thing(String id) {
    return ApiRequest.get(THING, "things", PathSegments.encode("id", id));
  }

  /** {@code GET /things}: an array of things. */
  static ApiRequest<List<Thing>> things() {
    return ApiRequest.get(THINGS, "things");
  }

  /** {@code GET /measured}. */
  static ApiRequest<Measured> measured() {
    return ApiRequest.get(MEASURED, "measured");
  }

  private static Thing readThing(JsonReader reader) throws IOException {
    return (Thing) read(reader, false);
  }

  /**
   * Reads a {@link Measured} if {@code measured}, else a {@link Thing}: one decoder for both, as
   * the vendors' readers do for their endpoints' shapes. A field only the other type has is
   * skipped, whatever its value.
   */
  private static Record read(JsonReader reader, boolean measured) throws IOException {
    JsonFields.beginObject(reader, measured ? "a measured thing" : "a thing");
    String id = null;
    String name = null;
    Duration took = null;
    BigDecimal amount = null;
    while (reader.hasNext()) {
      int field = reader.selectName(FIELDS);
      switch (field > 0 && measured != (field >= FIRST_MEASURED) ? OTHER_TYPE : field) {
        case 0 -> id = JsonFields.string(reader);
        case 1 -> name = JsonFields.string(reader);
        case 2 -> took = JsonFields.seconds(reader);
        case 3 -> amount = JsonFields.decimal(reader);
        case OTHER_TYPE -> reader.skipValue(); // its name is read and has no dot: paths stay right
        default -> JsonFields.skipField(reader);
      }
    }
    // Checked before endObject, while the reader's path still locates this object.
    id = JsonFields.required(reader, id, "id");
    reader.endObject();
    return measured ? new Measured(id, took, amount) : new Thing(id, name);
  }

  @Override
  protected @Nullable Void newAsyncView(HttpPipeline pipeline) {
    return null; // the core's tests need no async view
  }

  ApiResponse<Thing> get(String id) {
    return http.execute(thing(id), RequestOptions.none());
  }

  static final class Builder extends ClientBuilder<Builder, TestClient> {
    private @Nullable String apiKey;

    Builder() {
      super("https://api.acme.test");
    }

    Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    @Override
    protected List<Variable<Builder>> environment() {
      return List.of();
    }

    @Override
    protected TestClient newClient() {
      Credentials credentials = Credentials.header("x-api-key", apiKey, "apiKey");
      return new TestClient(this, java.util.Objects.requireNonNull(apiKey), buildConfig("acme", credentials));
    }
  }
}
