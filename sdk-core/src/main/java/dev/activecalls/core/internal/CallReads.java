package dev.activecalls.core.internal;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The read verbs a vendor's call collection shares, {@code list}, {@code get} and {@code find},
 * written once for every view: a vendor view extends this with its types and says which requests
 * they send.
 *
 * @param <L> what {@code list} returns in this view
 * @param <Q> the typed request of {@code get} and {@code find}
 * @param <D> what {@code get} returns in this view
 * @param <O> what {@code find} returns in this view
 * @param <W> the view's raw twin (see {@link ServiceView})
 */
public abstract class CallReads<L, Q, D, O, W> extends ServiceView<W>
    implements ListVerb<L>, GetVerb<Q, D>, FindVerb<Q, O> {
  /**
   * Creates the view.
   *
   * @param http the client's pipeline
   * @param mode how this view runs requests
   * @param rawTwin the raw twin of a {@link Mode#BLOCKING} or {@link Mode#ASYNC} view; null for a
   *     raw view
   */
  protected CallReads(HttpPipeline http, Mode mode, @Nullable W rawTwin) {
    super(http, mode, rawTwin);
  }

  /**
   * Returns the list request.
   *
   * @return the request {@code list} sends
   */
  protected abstract ApiRequest<?> listRequest();

  /**
   * Makes the typed request for one item from the vendor's id, checking it.
   *
   * @param id the vendor's id
   * @return the typed request
   * @throws IllegalArgumentException if the id is not one the vendor could have given
   */
  protected abstract Q requestFor(String id);

  /**
   * Returns the request for one item, for {@code get} and {@code find}.
   *
   * @param request the typed request, not null
   * @return the request sent
   */
  protected abstract ApiRequest<?> oneRequest(Q request);

  @Override
  public final L list(RequestOptions options) {
    return run(listRequest(), options);
  }

  @Override
  public final D get(Q request, RequestOptions options) {
    return run(oneRequest(Objects.requireNonNull(request, "request")), options);
  }

  @Override
  public final D get(String id) {
    return get(requestFor(id));
  }

  @Override
  public final O find(String id) {
    return find(requestFor(id));
  }

  @Override
  public final O find(Q request, RequestOptions options) {
    return runOptional(oneRequest(Objects.requireNonNull(request, "request")), options);
  }
}
