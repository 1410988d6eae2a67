package dev.activecalls.core;

import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.HttpPipeline;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every vendor client is: immutable, thread-safe and {@link AutoCloseable}, with one
 * pipeline of HTTP, retries and errors, {@link #withOptions} for a variant with other settings,
 * and a {@link #toString()} that never shows a secret.
 *
 * @param <C> the vendor client's own type
 * @param <B> the vendor client's builder
 * @param <A> the vendor client's async view, what {@link #async()} returns
 */
public abstract class ApiClient<C extends ApiClient<C, B, A>, B extends ClientBuilder<B, C>, A>
    implements AutoCloseable {
  private final HttpPipeline pipeline;
  private final Object asyncLock = new Object();
  private volatile @Nullable A async;
  private final B settings;

  /**
   * Creates the client's pipeline; the async view is made on the first {@link #async()}.
   *
   * @param builder the builder the client is made from (it may share another client's connections)
   * @param config the settled configuration
   * @param errors reads the vendor's error bodies
   */
  @SuppressWarnings("exports") // for the vendor modules, to which the internal package is exported
  protected ApiClient(ClientBuilder<B, C> builder, ClientConfig config, ErrorBodyParser errors) {
    this.pipeline = new HttpPipeline(getClass().getSimpleName(), config, errors, builder.sharedWith);
    this.settings = builder.copy(); // for withOptions; a later change to the builder is not seen
  }

  /**
   * Returns this client's async view: the same services with the same verbs, returning {@code
   * CompletableFuture}s, on this client's connections and settings. Cancelling a future cancels the
   * HTTP call and every retry still to come.
   *
   * @return the async view
   */
  public final A async() {
    // Made on first use: a blocking-only application never loads the async view's classes, a few
    // milliseconds of every cold start.
    A view = async;
    if (view == null) {
      synchronized (asyncLock) {
        view = async;
        if (view == null) {
          view = newAsyncView(pipeline);
          async = view;
        }
      }
    }
    return view;
  }

  /**
   * Makes the async view's services on the pipeline; called once, on the first {@link #async()}.
   *
   * @param pipeline this client's pipeline
   * @return the async view
   */
  @SuppressWarnings("exports") // as the constructor
  protected abstract A newAsyncView(HttpPipeline pipeline);

  /** Returns the pipeline the vendor's services run on. */
  @SuppressWarnings("exports") // as the constructor
  protected final HttpPipeline pipeline() {
    return pipeline;
  }

  /**
   * Returns a new client with this client's settings changed by {@code change}: timeouts, retry
   * policy, headers, base URL and the rest of the builder. The new client shares this client's
   * connection pool and dispatcher, so it is cheap to make one per use, say a patient client for
   * a slow report: {@code trillet.withOptions(b -> b.readTimeout(Duration.ofSeconds(60)))}.
   * Closing it does not close the pool; closing this client closes the pool and every client made
   * from it, whose calls then fail like those of a closed client.
   *
   * @param change sets what differs
   * @return the new client
   * @throws IllegalArgumentException if a changed setting is invalid
   * @throws IllegalStateException if this client is closed
   */
  public final C withOptions(Consumer<B> change) {
    Objects.requireNonNull(change, "change");
    pipeline.checkOpen();
    B builder = settings.copy();
    builder.sharedWith = pipeline;
    change.accept(builder);
    return builder.build();
  }

  /**
   * Closes the client: every later call, sync or async, fails at once with an {@link
   * IllegalStateException} ("TrilletClient is closed", say) without touching the network. Calls
   * in flight may finish; the connections they hand back are closed as they come back, so no
   * socket of the client's own pool stays open. An OkHttpClient passed to {@link
   * ClientBuilder#okHttpClient} is left running, and so is the pool of the client this one was
   * made from by {@link #withOptions}.
   */
  @Override
  public final void close() {
    pipeline.close();
  }

  /**
   * Returns what, besides the base URL, tells this client from another of its vendor in a log
   * line, like {@code authId=MA_XXXXXX}; never a secret. None by default.
   *
   * @return the description, or an empty string
   */
  protected String describeAccount() {
    return "";
  }

  /**
   * Returns the client's name, base URL and account, like {@code
   * VobizClient{baseUrl=https://api.vobiz.ai/, authId=MA_XXXXXX}}; never a secret.
   */
  @Override
  public final String toString() {
    String account = describeAccount();
    return getClass().getSimpleName() + "{baseUrl=" + pipeline.config().baseUrl()
        + (account.isEmpty() ? "" : ", " + account) + '}';
  }
}
