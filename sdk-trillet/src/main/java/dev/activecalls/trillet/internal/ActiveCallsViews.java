package dev.activecalls.trillet.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.CallReads;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.ActiveCallsService;
import dev.activecalls.trillet.ActiveCallsServiceAsync;
import dev.activecalls.trillet.ActiveCallsVerbs;
import dev.activecalls.trillet.CallInsights;
import dev.activecalls.trillet.EndCallRequest;
import dev.activecalls.trillet.EndedCall;
import dev.activecalls.trillet.GetActiveCallRequest;
import dev.activecalls.trillet.InsightsRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Trillet's live-call endpoints (list, one call, end call, insights) in the four views of {@link
 * ActiveCallsService}. The verbs are written once, in {@link View} (reads in {@link CallReads});
 * the four classes below only bind the types.
 */
public final class ActiveCallsViews {
  private ActiveCallsViews() {}

  // In a holder, so building a client does not initialize the model readers: first list, first use.
  private static final class Requests {
    static final ApiRequest<ActiveCallList> LIST =
        ApiRequest.get(ModelReader.LIST, "v2", "api", "active-calls");
  }

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

  private static String room(String roomName) {
    return PathSegments.encode("roomName", roomName);
  }

  private static ApiRequest<ActiveCallDetails> details(GetActiveCallRequest request) {
    return ApiRequest.get(ModelReader.DETAILS, "v2", "api", "active-calls", room(request.roomName()));
  }

  /**
   * Every verb of {@link ActiveCallsVerbs}, for any view: the reads come from {@link CallReads},
   * the rest say which request they send and leave how it runs to {@link #run}.
   */
  private abstract static class View<L, D, O, E, I, W>
      extends CallReads<L, GetActiveCallRequest, D, O, W> implements ActiveCallsVerbs<L, D, O, E, I> {
    View(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
      super(http, mode, rawTwin);
    }

    @Override
    protected final ApiRequest<?> listRequest() {
      return Requests.LIST;
    }

    @Override
    protected final GetActiveCallRequest requestFor(String id) {
      return new GetActiveCallRequest(id);
    }

    @Override
    protected final ApiRequest<?> oneRequest(GetActiveCallRequest request) {
      return details(request);
    }

    // A POST: core's RetryPolicy retries it only after a 429 or a connection never made.
    @Override
    public final E end(EndCallRequest request, RequestOptions options) {
      String room = room(Objects.requireNonNull(request, "request").roomName());
      return run(ApiRequest.post(ModelReader.ENDED, "v2", "api", "active-calls", room, "end-call"),
          options);
    }

    @Override
    public final I insights(InsightsRequest request, RequestOptions options) {
      String room = room(Objects.requireNonNull(request, "request").roomName());
      return run(ApiRequest.get(ModelReader.INSIGHTS, "v2", "api", "active-calls", room, "insights"),
          options);
    }
  }

  private static final class Blocking extends View<ActiveCallList, ActiveCallDetails,
      Optional<ActiveCallDetails>, EndedCall, CallInsights, ActiveCallsService.WithRawResponse>
      implements ActiveCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, new BlockingRaw(http));
    }
  }

  private static final class BlockingRaw extends View<ApiResponse<ActiveCallList>,
      ApiResponse<ActiveCallDetails>, ApiResponse<Optional<ActiveCallDetails>>, ApiResponse<EndedCall>,
      ApiResponse<CallInsights>, BlockingRaw> implements ActiveCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private static final class Async extends View<CompletableFuture<ActiveCallList>,
      CompletableFuture<ActiveCallDetails>, CompletableFuture<Optional<ActiveCallDetails>>,
      CompletableFuture<EndedCall>, CompletableFuture<CallInsights>, ActiveCallsServiceAsync.WithRawResponse>
      implements ActiveCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, new AsyncRaw(http));
    }
  }

  private static final class AsyncRaw extends View<CompletableFuture<ApiResponse<ActiveCallList>>,
      CompletableFuture<ApiResponse<ActiveCallDetails>>,
      CompletableFuture<ApiResponse<Optional<ActiveCallDetails>>>, CompletableFuture<ApiResponse<EndedCall>>,
      CompletableFuture<ApiResponse<CallInsights>>, AsyncRaw>
      implements ActiveCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
