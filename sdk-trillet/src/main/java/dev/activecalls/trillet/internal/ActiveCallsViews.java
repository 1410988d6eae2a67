package dev.activecalls.trillet.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.CallReads;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.ActiveCallsService;
import dev.activecalls.trillet.ActiveCallsServiceAsync;
import dev.activecalls.trillet.GetActiveCallRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Trillet's two read endpoints, {@code GET /v2/api/active-calls} and {@code GET
 * /v2/api/active-calls/{roomName}}, in the four views of {@link ActiveCallsService}. The verbs
 * run in {@link CallReads}; the classes below only bind the types.
 */
public final class ActiveCallsViews {
  private static final ApiRequest<ActiveCallList> LIST =
      ApiRequest.get(ModelReader.LIST, "v2", "api", "active-calls");

  private ActiveCallsViews() {}

  /**
   * Returns the blocking view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public static ActiveCallsService blocking(HttpPipeline http) {
    return new Blocking(http);
  }

  /**
   * Returns the async view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public static ActiveCallsServiceAsync async(HttpPipeline http) {
    return new Async(http);
  }

  private static ApiRequest<ActiveCallDetails> details(GetActiveCallRequest request) {
    return ApiRequest.get(ModelReader.DETAILS,
        "v2", "api", "active-calls", PathSegments.encode("roomName", request.roomName()));
  }

  private static final class Blocking extends CallReads<ActiveCallList, GetActiveCallRequest,
      ActiveCallDetails, Optional<ActiveCallDetails>, ActiveCallsService.WithRawResponse> implements ActiveCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, LIST, GetActiveCallRequest::new, ActiveCallsViews::details, BlockingRaw::new);
    }
  }

  private static final class BlockingRaw extends CallReads<ApiResponse<ActiveCallList>, GetActiveCallRequest,
      ApiResponse<ActiveCallDetails>, ApiResponse<Optional<ActiveCallDetails>>, BlockingRaw>
      implements ActiveCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, LIST, GetActiveCallRequest::new, ActiveCallsViews::details, null);
    }
  }

  private static final class Async extends CallReads<CompletableFuture<ActiveCallList>, GetActiveCallRequest,
      CompletableFuture<ActiveCallDetails>, CompletableFuture<Optional<ActiveCallDetails>>,
      ActiveCallsServiceAsync.WithRawResponse> implements ActiveCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, LIST, GetActiveCallRequest::new, ActiveCallsViews::details, AsyncRaw::new);
    }
  }

  private static final class AsyncRaw extends CallReads<CompletableFuture<ApiResponse<ActiveCallList>>,
      GetActiveCallRequest, CompletableFuture<ApiResponse<ActiveCallDetails>>,
      CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>>, AsyncRaw>
      implements ActiveCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, LIST, GetActiveCallRequest::new, ActiveCallsViews::details, null);
    }
  }
}
