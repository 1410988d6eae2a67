package dev.activecalls.vobiz.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.vobiz.GetLiveCallRequest;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.LiveCallsService;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link LiveCallsService} every {@code VobizClient} hands out: builds the two requests
 * (PascalCase path, trailing slash, {@code status=live}) and runs them on the client's pipeline.
 * The plain methods are the raw ones without the envelope.
 */
public final class LiveCallsServiceImpl implements LiveCallsService {
  private final HttpPipeline pipeline;
  private final String encodedAuthId;
  private final ModelReader decoders;
  private final Raw raw = new Raw();

  /**
   * Creates the service.
   *
   * @param pipeline the client's pipeline
   * @param authId the account's Auth ID, not yet encoded
   * @param decoders the client's decoders, which read timestamps in its zone
   * @throws IllegalArgumentException if {@code authId} cannot be a path segment
   */
  public LiveCallsServiceImpl(HttpPipeline pipeline, String authId, ModelReader decoders) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.encodedAuthId = PathSegments.encode("authId", authId);
    this.decoders = Objects.requireNonNull(decoders, "decoders");
  }

  @Override
  public LiveCall get(GetLiveCallRequest request, RequestOptions options) {
    return raw.get(request, options).body();
  }

  @Override
  public CompletableFuture<LiveCall> getAsync(GetLiveCallRequest request, RequestOptions options) {
    return Futures.map(raw.getAsync(request, options), ApiResponse::body);
  }

  @Override
  public Optional<LiveCall> find(GetLiveCallRequest request, RequestOptions options) {
    return raw.find(request, options).body();
  }

  @Override
  public CompletableFuture<Optional<LiveCall>> findAsync(GetLiveCallRequest request, RequestOptions options) {
    return Futures.map(raw.findAsync(request, options), ApiResponse::body);
  }

  @Override
  public LiveCallList list(RequestOptions options) {
    return raw.list(options).body();
  }

  @Override
  public CompletableFuture<LiveCallList> listAsync(RequestOptions options) {
    return Futures.map(raw.listAsync(options), ApiResponse::body);
  }

  @Override
  public WithRawResponse withRawResponse() {
    return raw;
  }

  private ApiRequest<LiveCall> getRequest(GetLiveCallRequest request) {
    Objects.requireNonNull(request, "request");
    String callUuid = PathSegments.encode("callUuid", request.callUuid());
    // The empty last segment gives the trailing slash Vobiz's documented path has.
    return ApiRequest.get(decoders.liveCall(request.callUuid()),
            "api", "v1", "Account", encodedAuthId, "Call", callUuid, "")
        .withQuery("status", "live");
  }

  private ApiRequest<LiveCallList> listRequest() {
    return ApiRequest.get(decoders.liveCallList(), "api", "v1", "Account", encodedAuthId, "Call", "")
        .withQuery("status", "live");
  }

  private static RequestOptions checked(RequestOptions options) {
    return Objects.requireNonNull(options, "options");
  }

  /** The raw-response view; the plain methods above unwrap it. */
  private final class Raw implements WithRawResponse {
    @Override
    public ApiResponse<LiveCall> get(GetLiveCallRequest request, RequestOptions options) {
      return pipeline.execute(getRequest(request), checked(options));
    }

    @Override
    public CompletableFuture<ApiResponse<LiveCall>> getAsync(GetLiveCallRequest request, RequestOptions options) {
      return pipeline.executeAsync(getRequest(request), checked(options));
    }

    @Override
    public ApiResponse<Optional<LiveCall>> find(GetLiveCallRequest request, RequestOptions options) {
      return pipeline.executeOptional(getRequest(request), checked(options));
    }

    @Override
    public CompletableFuture<ApiResponse<Optional<LiveCall>>> findAsync(
        GetLiveCallRequest request, RequestOptions options) {
      return pipeline.executeOptionalAsync(getRequest(request), checked(options));
    }

    @Override
    public ApiResponse<LiveCallList> list(RequestOptions options) {
      return pipeline.execute(listRequest(), checked(options));
    }

    @Override
    public CompletableFuture<ApiResponse<LiveCallList>> listAsync(RequestOptions options) {
      return pipeline.executeAsync(listRequest(), checked(options));
    }
  }
}
