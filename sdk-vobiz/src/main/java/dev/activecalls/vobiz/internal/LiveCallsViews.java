package dev.activecalls.vobiz.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.vobiz.GetLiveCallRequest;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.LiveCallsService;
import dev.activecalls.vobiz.LiveCallsServiceAsync;
import dev.activecalls.vobiz.LiveCallsVerbs;
import dev.activecalls.vobiz.TransferRequest;
import dev.activecalls.vobiz.TransferredCall;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One account's live-call endpoints ({@code ?status=live} reads, hang-up, transfer; see {@link
 * CallRequests}) in the four views of {@link LiveCallsService}. The verbs are written once, in
 * {@link View} (reads and hang-up in {@link CallsView}); the classes below only bind the types.
 */
public final class LiveCallsViews {
  private final CallRequests requests;

  /**
   * Describes the live-call endpoints of one account.
   *
   * @param requests the account's requests
   */
  public LiveCallsViews(CallRequests requests) {
    this.requests = requests;
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

  /** Every verb of {@link LiveCallsVerbs}, for any view. */
  private abstract class View<L, D, O, H, T, W> extends CallsView<L, GetLiveCallRequest, D, O, H, W>
      implements LiveCallsVerbs<L, D, O, H, T> {
    View(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
      super(http, mode, LiveCallsViews.this.requests, CallRequests.LIVE, rawTwin);
    }

    @Override
    protected final GetLiveCallRequest requestFor(String id) {
      return new GetLiveCallRequest(id);
    }

    @Override
    final String uuidOf(GetLiveCallRequest request) {
      return request.callUuid();
    }

    // A POST: core's RetryPolicy retries it only after a 429 or a connection never made.
    @Override
    public final T transfer(TransferRequest request, RequestOptions options) {
      return run(requests.transfer(request), options);
    }
  }

  private final class Blocking extends View<LiveCallList, LiveCall, Optional<LiveCall>, HungUpCall,
      TransferredCall, LiveCallsService.WithRawResponse> implements LiveCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, new BlockingRaw(http));
    }
  }

  private final class BlockingRaw extends View<ApiResponse<LiveCallList>, ApiResponse<LiveCall>,
      ApiResponse<Optional<LiveCall>>, ApiResponse<HungUpCall>, ApiResponse<TransferredCall>, BlockingRaw>
      implements LiveCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private final class Async extends View<CompletableFuture<LiveCallList>, CompletableFuture<LiveCall>,
      CompletableFuture<Optional<LiveCall>>, CompletableFuture<HungUpCall>, CompletableFuture<TransferredCall>,
      LiveCallsServiceAsync.WithRawResponse> implements LiveCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, new AsyncRaw(http));
    }
  }

  private final class AsyncRaw extends View<CompletableFuture<ApiResponse<LiveCallList>>,
      CompletableFuture<ApiResponse<LiveCall>>, CompletableFuture<ApiResponse<Optional<LiveCall>>>,
      CompletableFuture<ApiResponse<HungUpCall>>, CompletableFuture<ApiResponse<TransferredCall>>, AsyncRaw>
      implements LiveCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
