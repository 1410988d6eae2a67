package dev.activecalls.talkover.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.ActiveCallByPhoneRequest;
import dev.activecalls.talkover.ActiveCallsService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@link ActiveCallsService} on the shared {@link HttpPipeline}. Every verb goes through the raw
 * view; the typed methods take its body. A 404 is "no active call": an empty list with the 404's
 * status and headers.
 */
public final class ActiveCallsServiceImpl implements ActiveCallsService {
  private final HttpPipeline pipeline;
  private final Raw raw = new Raw();

  /**
   * Creates the service.
   *
   * @param pipeline the client's pipeline
   */
  public ActiveCallsServiceImpl(HttpPipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  @Override
  public List<ActiveCall> listByPhone(ActiveCallByPhoneRequest request, RequestOptions options) {
    return raw.listByPhone(request, options).body();
  }

  @Override
  public Optional<ActiveCall> findByPhone(ActiveCallByPhoneRequest request, RequestOptions options) {
    return raw.findByPhone(request, options).body();
  }

  @Override
  public CompletableFuture<List<ActiveCall>> listByPhoneAsync(
      ActiveCallByPhoneRequest request, RequestOptions options) {
    return Futures.map(raw.listByPhoneAsync(request, options), ApiResponse::body);
  }

  @Override
  public CompletableFuture<Optional<ActiveCall>> findByPhoneAsync(
      ActiveCallByPhoneRequest request, RequestOptions options) {
    return Futures.map(raw.findByPhoneAsync(request, options), ApiResponse::body);
  }

  @Override
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Returns the call that started last; among equal start times, the first in Talkover's order.
   *
   * @param calls the calls
   * @return the latest, or empty for no calls
   */
  static Optional<ActiveCall> latest(List<ActiveCall> calls) {
    @Nullable ActiveCall latest = null;
    for (ActiveCall call : calls) {
      if (latest == null || call.startedAt().isAfter(latest.startedAt())) {
        latest = call;
      }
    }
    return Optional.ofNullable(latest);
  }

  private ApiRequest<List<ActiveCall>> apiRequest(ActiveCallByPhoneRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(
        ModelReader.ACTIVE_CALLS,
        "api", "v1", "agents",
        PathSegments.encode("agentId", request.agentId()),
        "active-call",
        PathSegments.encode("phone", request.phone().e164())); // the '+' goes out as %2B
  }

  private static ApiResponse<List<ActiveCall>> noneIfAbsent(
      ApiResponse<Optional<List<ActiveCall>>> response) {
    return response.withBody(response.body().orElse(List.of()));
  }

  private static ApiResponse<Optional<ActiveCall>> latestOf(ApiResponse<List<ActiveCall>> response) {
    return response.withBody(latest(response.body()));
  }

  /** The raw-response view. */
  private final class Raw implements WithRawResponse {

    @Override
    public ApiResponse<List<ActiveCall>> listByPhone(
        ActiveCallByPhoneRequest request, RequestOptions options) {
      ApiRequest<List<ActiveCall>> call = apiRequest(request);
      return noneIfAbsent(pipeline.executeOptional(call, Objects.requireNonNull(options, "options")));
    }

    @Override
    public ApiResponse<Optional<ActiveCall>> findByPhone(
        ActiveCallByPhoneRequest request, RequestOptions options) {
      return latestOf(listByPhone(request, options));
    }

    @Override
    public CompletableFuture<ApiResponse<List<ActiveCall>>> listByPhoneAsync(
        ActiveCallByPhoneRequest request, RequestOptions options) {
      ApiRequest<List<ActiveCall>> call = apiRequest(request);
      return Futures.map(
          pipeline.executeOptionalAsync(call, Objects.requireNonNull(options, "options")),
          ActiveCallsServiceImpl::noneIfAbsent);
    }

    @Override
    public CompletableFuture<ApiResponse<Optional<ActiveCall>>> findByPhoneAsync(
        ActiveCallByPhoneRequest request, RequestOptions options) {
      return Futures.map(listByPhoneAsync(request, options), ActiveCallsServiceImpl::latestOf);
    }
  }
}
