package dev.activecalls.core.internal;

import dev.activecalls.core.FindVerb;
import dev.activecalls.core.GetVerb;
import dev.activecalls.core.ListVerb;
import dev.activecalls.core.RequestOptions;
import java.util.Objects;
import java.util.function.Function;
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
  private final ApiRequest<?> list;
  private final Function<String, Q> byId;
  private final Function<Q, ApiRequest<?>> one;

  /**
   * Creates the view.
   *
   * @param http the client's pipeline
   * @param mode how this view runs requests
   * @param list the list request
   * @param byId makes the typed request from the vendor's id, checking it
   * @param one the request for one item, for {@code get} and {@code find}
   * @param rawTwin makes the raw twin of a {@link Mode#BLOCKING} or {@link Mode#ASYNC} view from
   *     the pipeline; null for a raw view
   */
  protected CallReads(HttpPipeline http, Mode mode, ApiRequest<?> list, Function<String, Q> byId,
      Function<Q, ApiRequest<?>> one, @Nullable Function<HttpPipeline, W> rawTwin) {
    super(http, mode, rawTwin);
    this.list = Objects.requireNonNull(list, "list");
    this.byId = Objects.requireNonNull(byId, "byId");
    this.one = Objects.requireNonNull(one, "one");
  }

  @Override
  public final L list(RequestOptions options) {
    return run(list, options);
  }

  @Override
  public final D get(Q request, RequestOptions options) {
    return run(one.apply(Objects.requireNonNull(request, "request")), options);
  }

  @Override
  public final D get(String id) {
    return get(byId.apply(id));
  }

  @Override
  public final O find(String id) {
    return find(byId.apply(id));
  }

  @Override
  public final O find(Q request, RequestOptions options) {
    return runOptional(one.apply(Objects.requireNonNull(request, "request")), options);
  }
}
