package dev.activecalls.vobiz.internal;

import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.CallReads;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.vobiz.HangupRequest;
import dev.activecalls.vobiz.HangupVerb;
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
  private final String status;
  // Made on the first list, not with the client: building a client should not set up decoders.
  // Racy but safe: an ApiRequest is immutable, so at worst two threads each make an equal one.
  private @Nullable ApiRequest<?> list;

  CallsView(HttpPipeline http, Mode mode, CallRequests requests, String status, @Nullable W rawTwin) {
    super(http, mode, rawTwin);
    this.requests = requests;
    this.status = status;
  }

  /**
   * Returns the call UUID a typed request names.
   *
   * @param request the typed request
   * @return its call UUID
   */
  abstract String uuidOf(Q request);

  @Override
  protected final ApiRequest<?> listRequest() {
    ApiRequest<?> request = list;
    if (request == null) {
      request = requests.list(status);
      list = request;
    }
    return request;
  }

  @Override
  protected final ApiRequest<?> oneRequest(Q request) {
    return requests.one(uuidOf(request), status);
  }

  // A DELETE: retried like a read; a 404 after an unanswered attempt is the call already gone.
  @Override
  public final H hangup(HangupRequest request, RequestOptions options) {
    return run(requests.hangup(request), options);
  }
}
