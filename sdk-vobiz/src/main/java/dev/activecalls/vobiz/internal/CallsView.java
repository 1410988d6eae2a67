package dev.activecalls.vobiz.internal;

import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.CallReads;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.vobiz.HangupRequest;
import dev.activecalls.vobiz.HangupVerb;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the live and the queued views share: the reads of {@link CallReads} for one {@code status},
 * and {@code hangup}, which is the same request for both. A view binds the types and adds its own
 * verbs.
 *
 * @param <L> what {@code list} returns in the view
 * @param <Q> the typed request of {@code get} and {@code find}
 * @param <D> what {@code get} returns in the view
 * @param <O> what {@code find} returns in the view
 * @param <H> what {@code hangup} returns in the view
 * @param <W> the view's raw twin
 */
abstract class CallsView<L, Q, D, O, H, W> extends CallReads<L, Q, D, O, W> implements HangupVerb<H> {
  /** The account's requests, for the verbs a subclass adds. */
  final CallRequests requests;

  CallsView(HttpPipeline http, Mode mode, CallRequests requests, String status, Function<String, Q> byId,
      Function<Q, String> uuidOf, @Nullable Function<HttpPipeline, W> rawTwin) {
    super(http, mode, requests.list(status), byId, request -> requests.one(uuidOf.apply(request), status),
        rawTwin);
    this.requests = requests;
  }

  // A DELETE: retried like a read; a 404 after an unanswered attempt is the call already gone.
  @Override
  public final H hangup(HangupRequest request, RequestOptions options) {
    return run(requests.hangup(request), options);
  }
}
