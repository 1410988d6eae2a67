package dev.activecalls.vobiz.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.vobiz.GetQueuedCallRequest;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.QueuedCallsService;
import dev.activecalls.vobiz.QueuedCallsServiceAsync;
import dev.activecalls.vobiz.QueuedCallsVerbs;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One account's queued-call endpoints ({@code ?status=queued} reads, and the hang-up that cancels
 * a queued call; see {@link CallRequests}) in the four views of {@link QueuedCallsService}. Every
 * verb is written once, in {@link CallsView}; the classes below only bind the types.
 */
public final class QueuedCallsViews {
  private final CallRequests requests;

  /**
   * Describes the queued-call endpoints of one account.
   *
   * @param requests the account's requests
   */
  public QueuedCallsViews(CallRequests requests) {
    this.requests = requests;
  }

  /**
   * Returns the blocking view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public QueuedCallsService blocking(HttpPipeline http) {
    return new Blocking(http);
  }

  /**
   * Returns the async view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public QueuedCallsServiceAsync async(HttpPipeline http) {
    return new Async(http);
  }

  /** Every verb of {@link QueuedCallsVerbs}, for any view. */
  private abstract class View<L, D, O, H, W> extends CallsView<L, GetQueuedCallRequest, D, O, H, W>
      implements QueuedCallsVerbs<L, D, O, H> {
    View(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
      super(http, mode, QueuedCallsViews.this.requests, CallRequests.QUEUED, rawTwin);
    }

    @Override
    protected final GetQueuedCallRequest requestFor(String id) {
      return new GetQueuedCallRequest(id);
    }

    @Override
    final String uuidOf(GetQueuedCallRequest request) {
      return request.callUuid();
    }
  }

  private final class Blocking extends View<LiveCallList, LiveCall, Optional<LiveCall>, HungUpCall,
      QueuedCallsService.WithRawResponse> implements QueuedCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, new BlockingRaw(http));
    }
  }

  private final class BlockingRaw extends View<ApiResponse<LiveCallList>, ApiResponse<LiveCall>,
      ApiResponse<Optional<LiveCall>>, ApiResponse<HungUpCall>, BlockingRaw>
      implements QueuedCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private final class Async extends View<CompletableFuture<LiveCallList>, CompletableFuture<LiveCall>,
      CompletableFuture<Optional<LiveCall>>, CompletableFuture<HungUpCall>, QueuedCallsServiceAsync.WithRawResponse>
      implements QueuedCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, new AsyncRaw(http));
    }
  }

  private final class AsyncRaw extends View<CompletableFuture<ApiResponse<LiveCallList>>,
      CompletableFuture<ApiResponse<LiveCall>>, CompletableFuture<ApiResponse<Optional<LiveCall>>>,
      CompletableFuture<ApiResponse<HungUpCall>>, AsyncRaw> implements QueuedCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
