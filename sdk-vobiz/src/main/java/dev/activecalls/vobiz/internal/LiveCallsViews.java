package dev.activecalls.vobiz.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.CallReads;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.vobiz.GetLiveCallRequest;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.LiveCallsService;
import dev.activecalls.vobiz.LiveCallsServiceAsync;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One account's live-call endpoints, {@code GET /api/v1/Account/{auth_id}/Call/?status=live} and
 * {@code GET /api/v1/Account/{auth_id}/Call/{call_uuid}/?status=live} (PascalCase, trailing
 * slash: Vobiz answers 401 otherwise), in the four views of {@link LiveCallsService}. The verbs run
 * in {@link CallReads}; the classes below only bind the types.
 */
public final class LiveCallsViews {
  private final String encodedAuthId;
  private final ModelReader models;
  private final ApiRequest<LiveCallList> list;

  /**
   * Describes the endpoints of one account.
   *
   * @param authId the account's Auth ID, not yet encoded
   * @param timestampZone the zone of timestamps Vobiz writes without an offset
   * @throws IllegalArgumentException if {@code authId} cannot be a path segment
   */
  public LiveCallsViews(String authId, ZoneId timestampZone) {
    this.encodedAuthId = PathSegments.encode("authId", authId);
    this.models = new ModelReader(timestampZone);
    // The empty last segment gives the trailing slash of Vobiz's documented paths.
    this.list = ApiRequest.get(models.liveCallList(), "api", "v1", "Account", encodedAuthId, "Call", "")
        .withQuery("status", "live");
  }

  /**
   * Returns the blocking view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public LiveCallsService blocking(HttpPipeline http) {
    return new Blocking(http);
  }

  /**
   * Returns the async view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public LiveCallsServiceAsync async(HttpPipeline http) {
    return new Async(http);
  }

  private ApiRequest<LiveCall> liveCall(GetLiveCallRequest request) {
    String callUuid = PathSegments.encode("callUuid", request.callUuid());
    return ApiRequest.get(models.liveCall(request.callUuid()),
            "api", "v1", "Account", encodedAuthId, "Call", callUuid, "")
        .withQuery("status", "live");
  }

  private final class Blocking extends CallReads<LiveCallList, GetLiveCallRequest, LiveCall, Optional<LiveCall>,
      LiveCallsService.WithRawResponse> implements LiveCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, list, GetLiveCallRequest::new, LiveCallsViews.this::liveCall, BlockingRaw::new);
    }
  }

  private final class BlockingRaw extends CallReads<ApiResponse<LiveCallList>, GetLiveCallRequest,
      ApiResponse<LiveCall>, ApiResponse<Optional<LiveCall>>, BlockingRaw> implements LiveCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, list, GetLiveCallRequest::new, LiveCallsViews.this::liveCall, null);
    }
  }

  private final class Async extends CallReads<CompletableFuture<LiveCallList>, GetLiveCallRequest,
      CompletableFuture<LiveCall>, CompletableFuture<Optional<LiveCall>>, LiveCallsServiceAsync.WithRawResponse>
      implements LiveCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, list, GetLiveCallRequest::new, LiveCallsViews.this::liveCall, AsyncRaw::new);
    }
  }

  private final class AsyncRaw extends CallReads<CompletableFuture<ApiResponse<LiveCallList>>, GetLiveCallRequest,
      CompletableFuture<ApiResponse<LiveCall>>, CompletableFuture<ApiResponse<Optional<LiveCall>>>, AsyncRaw>
      implements LiveCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, list, GetLiveCallRequest::new, LiveCallsViews.this::liveCall, null);
    }
  }
}
