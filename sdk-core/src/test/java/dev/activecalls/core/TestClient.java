package dev.activecalls.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.ErrorDetails;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.Json;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ResponseDecoder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal vendor client ("acme") built the way the vendor modules are, so the core can be tested
 * through the same public pieces: {@link ClientBuilder}, {@link Credentials}, the pipeline.
 */
final class TestClient extends ApiClient<TestClient, TestClient.Builder, Void> {
  /** The body the tests decode. */
  public record Thing(String id, @Nullable String name) {}

  /** A body with the numeric fields vendors send: seconds and money. */
  public record Measured(String id, @Nullable Duration took, @Nullable BigDecimal amount) {}

  static final Moshi MOSHI = Json.moshi();
  static final JsonAdapter<Thing> THING = MOSHI.adapter(Thing.class);
  static final JsonAdapter<Measured> MEASURED = MOSHI.adapter(Measured.class);

  /** Reads {@code {"message": "...", "code": "..."}}. */
  static final ErrorBodyParser ERRORS = body -> {
    try {
      Object tree = MOSHI.adapter(Object.class).lenient().fromJson(body);
      if (tree instanceof Map<?, ?> map) {
        return new ErrorDetails(
            (String) map.get("code"), (String) map.get("message"), (String) map.get("requestId"), null);
      }
    } catch (Exception e) {
      // not JSON
    }
    return ErrorDetails.NONE;
  };

  final HttpPipeline http;
  private final String apiKey;

  private TestClient(Builder builder, String apiKey, ClientConfig config) {
    super(builder, config, ERRORS, http -> null); // the core's tests need no async view
    this.http = pipeline();
    this.apiKey = apiKey;
  }

  static Builder builder() {
    return new Builder();
  }

  /** {@code GET /things/{id}}, the id encoded as one segment. */
  static ApiRequest<Thing> thing(String id) {
    return ApiRequest.get(ResponseDecoder.of(THING), "things", PathSegments.encode("id", id));
  }

  /** {@code GET /measured}. */
  static ApiRequest<Measured> measured() {
    return ApiRequest.get(ResponseDecoder.of(MEASURED), "measured");
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
    protected TestClient newClient() {
      Credentials credentials = Credentials.header("x-api-key", apiKey, "apiKey");
      return new TestClient(this, java.util.Objects.requireNonNull(apiKey), buildConfig("acme", credentials));
    }
  }
}
