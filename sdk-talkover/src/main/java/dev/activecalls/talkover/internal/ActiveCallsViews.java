package dev.activecalls.talkover.internal;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.core.internal.ServiceView;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.ActiveCallByPhoneRequest;
import dev.activecalls.talkover.ActiveCallsService;
import dev.activecalls.talkover.ActiveCallsServiceAsync;
import dev.activecalls.talkover.ActiveCallsVerbs;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Talkover's by-phone endpoint, {@code GET /api/v1/agents/{agent_id}/active-call/{phone}}, in the
 * four views of {@link ActiveCallsService}. A 404 is "no active call": an empty list, with the
 * 404's status and headers in a raw view; unless it says the agent is unknown, which stays a
 * {@link NotFoundException}.
 */
public final class ActiveCallsViews {
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

  // A method, not a lambda in a static field: this class is loaded with every client, and the
  // first lambda a JVM links costs its start several milliseconds.
  private static List<ActiveCall> noneIfAbsent(Optional<List<ActiveCall>> found) {
    return found.orElse(List.of());
  }

  private static ApiRequest<List<ActiveCall>> byPhone(ActiveCallByPhoneRequest request) {
    return ApiRequest.get(ModelReader.ACTIVE_CALLS,
            "api", "v1", "agents", PathSegments.encode("agentId", request.agentId()),
            "active-call", PathSegments.encode("phone", request.phone().e164())) // '+' goes out as %2B
        .withAbsence(ActiveCallsViews::isNoActiveCall);
  }

  /**
   * Tells Talkover's two 404s apart: "No active call found for this phone number" is an answer
   * (none), while "Agent not found" means the agent id is wrong, and a dialer must not read a typo
   * as "safe to dial".
   *
   * @param notFound the 404
   * @return true unless the 404 says the agent is unknown
   */
  static boolean isNoActiveCall(NotFoundException notFound) {
    String code = notFound.errorCode();
    String message = notFound.vendorMessage();
    return !"AGENT_NOT_FOUND".equalsIgnoreCase(code)
        && (message == null || !message.toLowerCase(Locale.ROOT).contains("agent not found"));
  }

  /** Both verbs in any view: {@code F} and {@code L} are what the view makes of the calls. */
  private abstract static class View<L, F, W> extends ServiceView<W> implements ActiveCallsVerbs<L, F> {
    View(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
      super(http, mode, rawTwin);
    }

    @Override
    public final L listByPhone(ActiveCallByPhoneRequest request, RequestOptions options) {
      return runOptional(byPhone(Objects.requireNonNull(request, "request")), options,
          ActiveCallsViews::noneIfAbsent);
    }

    @Override
    public final F findByPhone(ActiveCallByPhoneRequest request, RequestOptions options) {
      return runOptional(byPhone(Objects.requireNonNull(request, "request")), options,
          found -> latest(noneIfAbsent(found)));
    }
  }

  private static final class Blocking extends View<List<ActiveCall>, Optional<ActiveCall>,
      ActiveCallsService.WithRawResponse> implements ActiveCallsService {
    Blocking(HttpPipeline http) {
      super(http, Mode.BLOCKING, new BlockingRaw(http));
    }
  }

  private static final class BlockingRaw extends View<ApiResponse<List<ActiveCall>>,
      ApiResponse<Optional<ActiveCall>>, BlockingRaw> implements ActiveCallsService.WithRawResponse {
    BlockingRaw(HttpPipeline http) {
      super(http, Mode.BLOCKING_RAW, null);
    }
  }

  private static final class Async extends View<CompletableFuture<List<ActiveCall>>,
      CompletableFuture<Optional<ActiveCall>>, ActiveCallsServiceAsync.WithRawResponse>
      implements ActiveCallsServiceAsync {
    Async(HttpPipeline http) {
      super(http, Mode.ASYNC, new AsyncRaw(http));
    }
  }

  private static final class AsyncRaw extends View<CompletableFuture<ApiResponse<List<ActiveCall>>>,
      CompletableFuture<ApiResponse<Optional<ActiveCall>>>, AsyncRaw>
      implements ActiveCallsServiceAsync.WithRawResponse {
    AsyncRaw(HttpPipeline http) {
      super(http, Mode.ASYNC_RAW, null);
    }
  }
}
