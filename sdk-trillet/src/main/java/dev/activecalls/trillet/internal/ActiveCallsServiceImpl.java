package dev.activecalls.trillet.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ResponseDecoder;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.ActiveCallsService;
import dev.activecalls.trillet.GetActiveCallRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The two Trillet endpoints, described for the {@link HttpPipeline}: {@code GET
 * /v2/api/active-calls} and {@code GET /v2/api/active-calls/{roomName}}. Stateless apart from the
 * pipeline and the decoders, which are built once; thread-safe.
 */
public final class ActiveCallsServiceImpl implements ActiveCallsService {
  private final ApiRequest<ActiveCallList> listRequest;
  private final ResponseDecoder<ActiveCallDetails> detailsDecoder;
  private final Raw raw;

  /**
   * Creates the service.
   *
   * @param http the client's pipeline
   */
  public ActiveCallsServiceImpl(HttpPipeline http) {
    this.listRequest = ApiRequest.get(ModelReader.LIST, "v2", "api", "active-calls");
    this.detailsDecoder = ModelReader.DETAILS;
    this.raw = new Raw(Objects.requireNonNull(http, "http"));
  }

  private ApiRequest<ActiveCallDetails> detailsRequest(GetActiveCallRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(detailsDecoder,
        "v2", "api", "active-calls", PathSegments.encode("roomName", request.roomName()));
  }

  @Override
  public ActiveCallList list(RequestOptions options) {
    return raw.list(options).body();
  }

  @Override
  public ActiveCallDetails get(GetActiveCallRequest request, RequestOptions options) {
    return raw.get(request, options).body();
  }

  @Override
  public Optional<ActiveCallDetails> find(GetActiveCallRequest request, RequestOptions options) {
    return raw.find(request, options).body();
  }

  @Override
  public CompletableFuture<ActiveCallList> listAsync(RequestOptions options) {
    return Futures.map(raw.listAsync(options), ApiResponse::body);
  }

  @Override
  public CompletableFuture<ActiveCallDetails> getAsync(GetActiveCallRequest request, RequestOptions options) {
    return Futures.map(raw.getAsync(request, options), ApiResponse::body);
  }

  @Override
  public CompletableFuture<Optional<ActiveCallDetails>> findAsync(
      GetActiveCallRequest request, RequestOptions options) {
    return Futures.map(raw.findAsync(request, options), ApiResponse::body);
  }

  @Override
  public WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public String toString() {
    return "ActiveCallsService(trillet)";
  }

  /** The raw-response view; the typed methods above unwrap its bodies. */
  private final class Raw implements WithRawResponse {
    private final HttpPipeline http;

    Raw(HttpPipeline http) {
      this.http = http;
    }

    @Override
    public ApiResponse<ActiveCallList> list(RequestOptions options) {
      return http.execute(listRequest, Objects.requireNonNull(options, "options"));
    }

    @Override
    public ApiResponse<ActiveCallDetails> get(GetActiveCallRequest request, RequestOptions options) {
      return http.execute(detailsRequest(request), Objects.requireNonNull(options, "options"));
    }

    @Override
    public ApiResponse<Optional<ActiveCallDetails>> find(
        GetActiveCallRequest request, RequestOptions options) {
      return http.executeOptional(detailsRequest(request), Objects.requireNonNull(options, "options"));
    }

    @Override
    public CompletableFuture<ApiResponse<ActiveCallList>> listAsync(RequestOptions options) {
      return http.executeAsync(listRequest, Objects.requireNonNull(options, "options"));
    }

    @Override
    public CompletableFuture<ApiResponse<ActiveCallDetails>> getAsync(
        GetActiveCallRequest request, RequestOptions options) {
      return http.executeAsync(detailsRequest(request), Objects.requireNonNull(options, "options"));
    }

    @Override
    public CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>> findAsync(
        GetActiveCallRequest request, RequestOptions options) {
      return http.executeOptionalAsync(detailsRequest(request), Objects.requireNonNull(options, "options"));
    }

    @Override
    public String toString() {
      return "ActiveCallsService.WithRawResponse(trillet)";
    }
  }
}
