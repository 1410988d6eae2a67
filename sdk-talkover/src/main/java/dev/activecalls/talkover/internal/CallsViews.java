package dev.activecalls.talkover.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.AutoPager;
import dev.activecalls.core.AutoPagerAsync;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.JsonBody;
import dev.activecalls.core.internal.PageWalker;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ServiceView;
import dev.activecalls.talkover.Call;
import dev.activecalls.talkover.CallListRequest;
import dev.activecalls.talkover.CallPage;
import dev.activecalls.talkover.CallsService;
import dev.activecalls.talkover.CallsServiceAsync;
import dev.activecalls.talkover.CallsVerbs;
import dev.activecalls.talkover.EndCallRequest;
import dev.activecalls.talkover.EndedCall;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's calls ({@code GET /api/v1/calls}, {@code GET /api/v1/agents/{agent_id}/calls}, {@code
 * POST /api/v1/agents/{agent_id}/end-call}) in the four views of {@link CallsService}. The
 * one-request verbs are written once, in {@link View}; the paging verbs once each for the blocking
 * and the async view, on top of {@code list}.
 */
public final class CallsViews {
  /** The states Talkover counts as active, in the order a call moves through them. */
  private static final List<String> ACTIVE_STATES = List.of("initiated", "ringing", "answered");

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

  /** The one-request verbs in any view: {@code E} and {@code P} are what the view makes of them. */
  private abstract static class View<E, P, W> extends ServiceView<W> implements CallsVerbs<E, P> {
    View(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
      super(http, mode, rawTwin);
    }

    @Override
    public final P list(CallListRequest request, RequestOptions options) {
      Objects.requireNonNull(request, "request");
      String agentId = request.agentId();
      int page = request.page() != null ? request.page() : 1;
      ApiRequest<CallPage> get = agentId == null
          ? ApiRequest.get(ModelReader.callPage(page), "api", "v1", "calls")
          : ApiRequest.get(ModelReader.callPage(page), "api", "v1", "agents",
              PathSegments.encode("agentId", agentId), "calls");
      return run(withFilters(get, request), options);
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

  /** Adds the request's filters as query parameters, in the order Talkover documents them. */
  private static ApiRequest<CallPage> withFilters(ApiRequest<CallPage> get, CallListRequest request) {
    Map<String, @Nullable Object> filters = new LinkedHashMap<>();
    filters.put("status", request.status());
    filters.put("direction", request.direction());
    filters.put("date_from", request.dateFrom()); // LocalDate prints as YYYY-MM-DD
    filters.put("date_to", request.dateTo());
    filters.put("search", request.search());
    filters.put("per_page", request.perPage());
    filters.put("page", request.page());
    ApiRequest<CallPage> filtered = get;
    for (Map.Entry<String, @Nullable Object> filter : filters.entrySet()) {
      if (filter.getValue() != null) {
        filtered = filtered.withQuery(filter.getKey(), filter.getValue().toString());
      }
    }
    return filtered;
  }

  /** The request {@code listAll} walks: 100 calls a page unless the caller chose. */
  private static CallListRequest forWalking(CallListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return request.perPage() != null ? request
        : request.toBuilder().perPage(CallListRequest.MAX_PER_PAGE).build();
  }

  private static PageWalker<CallPage, Call> walker(CallListRequest request) {
    return new PageWalker<>(request.page() != null ? request.page() : 1, CallPage::calls,
        CallPage::lastPage);
  }

  /** The lists behind {@code listActive}: one per active state, of an agent or of all agents. */
  static List<CallListRequest> activeLists(@Nullable String agentId, RequestOptions options) {
    List<CallListRequest> requests = ACTIVE_STATES.stream().map(state -> CallListRequest.builder()
        .agentId(agentId).status(state).perPage(CallListRequest.MAX_PER_PAGE).build()).toList();
    Objects.requireNonNull(options, "options");
    return requests;
  }

  /** Keeps each call once, at its first place, with its latest state. */
  static List<Call> distinct(Collection<Call> calls) {
    Map<String, Call> byId = new LinkedHashMap<>();
    for (Call call : calls) {
      byId.put(call.id(), call);
    }
    return List.copyOf(byId.values());
  }

  private static final class Blocking extends View<EndedCall, CallPage, CallsService.WithRawResponse>
      implements CallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, new BlockingRaw(http));
    }

    @Override
    public AutoPager<Call> listAll(CallListRequest request, RequestOptions options) {
      CallListRequest walked = forWalking(request, options);
      return walker(walked).blocking(page -> list(walked.withPage(page), options));
    }

    @Override
    public List<Call> listActive(@Nullable String agentId, RequestOptions options) {
      List<CallListRequest> requests = activeLists(agentId, options);
      List<Call> calls = new ArrayList<>();
      for (CallListRequest request : requests) {
        listAll(request, options).forEach(calls::add);
      }
      return distinct(calls);
    }
  }

  private static final class BlockingRaw
      extends View<ApiResponse<EndedCall>, ApiResponse<CallPage>, BlockingRaw>
      implements CallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private static final class Async extends View<CompletableFuture<EndedCall>,
      CompletableFuture<CallPage>, CallsServiceAsync.WithRawResponse> implements CallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, new AsyncRaw(http));
    }

    @Override
    public AutoPagerAsync<Call> listAll(CallListRequest request, RequestOptions options) {
      CallListRequest walked = forWalking(request, options);
      return walker(walked).async(page -> list(walked.withPage(page), options));
    }

    @Override
    public CompletableFuture<List<Call>> listActive(@Nullable String agentId, RequestOptions options) {
      List<CallListRequest> requests = activeLists(agentId, options);
      return new ActiveWalk(requests, options).start();
    }

    /** The three lists of {@code listActive}, one after another, and the future they complete. */
    private final class ActiveWalk {
      private final List<CallListRequest> requests;
      private final RequestOptions options;
      private final List<Call> calls = new ArrayList<>();
      private final AtomicReference<@Nullable CompletableFuture<Void>> inFlight = new AtomicReference<>();
      private final CompletableFuture<List<Call>> result = Futures.cancelling(this::cancel);

      ActiveWalk(List<CallListRequest> requests, RequestOptions options) {
        this.requests = requests;
        this.options = options;
      }

      CompletableFuture<List<Call>> start() {
        walk(0);
        return result;
      }

      private void walk(int index) {
        CompletableFuture<Void> walk = listAll(requests.get(index), options).forEach(calls::add);
        inFlight.set(walk);
        if (result.isDone()) {
          walk.cancel(true); // cancelled while this list was being started
          return;
        }
        walk.whenComplete((done, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else if (index + 1 < requests.size()) {
            walk(index + 1);
          } else {
            result.complete(distinct(calls));
          }
        });
      }

      private void cancel() {
        CompletableFuture<Void> walk = inFlight.get();
        if (walk != null) {
          walk.cancel(true);
        }
      }
    }
  }

  private static final class AsyncRaw extends View<CompletableFuture<ApiResponse<EndedCall>>,
      CompletableFuture<ApiResponse<CallPage>>, AsyncRaw> implements CallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
