package dev.activecalls.talkover.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.JsonBody;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ServiceView;
import dev.activecalls.talkover.CallsService;
import dev.activecalls.talkover.CallsServiceAsync;
import dev.activecalls.talkover.CallsVerbs;
import dev.activecalls.talkover.EndCallRequest;
import dev.activecalls.talkover.EndedCall;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's call actions, {@code POST /api/v1/agents/{agent_id}/end-call}, in the four views of
 * {@link CallsService}. The verb is written once, in {@link View}; the four classes below only bind
 * the types.
 */
public final class CallsViews {
  private CallsViews() {}

  /**
   * Returns the blocking view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public static CallsService blocking(HttpPipeline http) {
    return new Blocking(http);
  }

  /**
   * Returns the async view.
   *
   * @param http the client's pipeline
   * @return the service
   */
  public static CallsServiceAsync async(HttpPipeline http) {
    return new Async(http);
  }

  /** The verb in any view: {@code E} is what the view makes of the ended call. */
  private abstract static class View<E, W> extends ServiceView<W> implements CallsVerbs<E> {
    View(HttpPipeline http, Mode mode, @Nullable Function<HttpPipeline, W> rawTwin) {
      super(http, mode, rawTwin);
    }

    // A POST: core's RetryPolicy retries it only after a 429 or a connection never made.
    @Override
    public final E end(EndCallRequest request, RequestOptions options) {
      Objects.requireNonNull(request, "request");
      String agent = PathSegments.encode("agentId", request.agentId());
      // Talkover names the field call_sid but wants the call's id in it.
      String body = JsonBody.object(Map.of("call_sid", request.callId()));
      return run(ApiRequest.post(ModelReader.ENDED, "api", "v1", "agents", agent, "end-call")
          .withJsonBody(body), options);
    }
  }

  private static final class Blocking extends View<EndedCall, CallsService.WithRawResponse>
      implements CallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, BlockingRaw::new);
    }
  }

  private static final class BlockingRaw extends View<ApiResponse<EndedCall>, BlockingRaw>
      implements CallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private static final class Async extends View<CompletableFuture<EndedCall>,
      CallsServiceAsync.WithRawResponse> implements CallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, AsyncRaw::new);
    }
  }

  private static final class AsyncRaw extends View<CompletableFuture<ApiResponse<EndedCall>>, AsyncRaw>
      implements CallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
