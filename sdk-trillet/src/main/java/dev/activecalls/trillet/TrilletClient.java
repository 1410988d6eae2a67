package dev.activecalls.trillet;

import dev.activecalls.core.ApiClient;
import dev.activecalls.core.ClientBuilder;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.Credentials;
import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.trillet.internal.ActiveCallsViews;
import dev.activecalls.trillet.internal.TrilletCallSource;
import dev.activecalls.trillet.internal.TrilletErrorParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A client for the Trillet API: the live calls of one workspace, through {@link #activeCalls()}.
 *
 * <pre>{@code
 * TrilletClient trillet = TrilletClient.builder().apiKey(apiKey).workspaceId(workspaceId).build();
 * ActiveCallList calls = trillet.activeCalls().list();
 * }</pre>
 *
 * <p>Every request carries the {@code x-api-key} and {@code x-workspace-id} headers (retries
 * too), sent only to the configured base URL's origin. The client is immutable and thread-safe:
 * create one per workspace and share it. {@link #close()} releases its connections and threads.
 */
public final class TrilletClient
    extends ApiClient<TrilletClient, TrilletClient.Builder, TrilletClient.Async> {
  /** The production API, used unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.trillet.ai";

  // The views are made on first use, so that building a client does not load their classes (about
  // 2 ms of a cold start); compareAndSet keeps one instance if two threads race to make one.
  private final AtomicReference<ActiveCallsService> activeCalls = new AtomicReference<>();

  private TrilletClient(Builder builder, ClientConfig config) {
    super(builder, config, new TrilletErrorParser());
  }

  @Override
  @SuppressWarnings("exports") // HttpPipeline is internal: for ApiClient only
  protected Async newAsyncView(HttpPipeline pipeline) {
    return new Async(ActiveCallsViews.async(pipeline));
  }

  /**
   * Returns a builder; {@link Builder#apiKey(String)} and {@link Builder#workspaceId(String)} are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from the environment variables {@code TRILLET_API_KEY}, {@code
   * TRILLET_WORKSPACE_ID} and, optionally, {@code TRILLET_BASE_URL}: {@code
   * builder().fromEnv().build()}. To change other settings too, or to read the variables from
   * somewhere else, call {@link ClientBuilder#fromEnv(java.util.function.Function)} on {@link
   * #builder()}.
   *
   * @return the client
   * @throws IllegalStateException if a required variable is unset or blank (the message names it)
   * @throws IllegalArgumentException if a value is invalid (the message starts with the variable)
   */
  public static TrilletClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the live calls of the workspace: list them, get one by room name, end one, or read
   * its insights.
   *
   * @return the service, shared by all callers of this client
   */
  public ActiveCallsService activeCalls() {
    ActiveCallsService view = activeCalls.get();
    if (view == null) {
      activeCalls.compareAndSet(null, ActiveCallsViews.blocking(pipeline()));
      view = activeCalls.get();
    }
    return view;
  }

  /**
   * Returns this workspace as a source for the live view ({@code sdk-monitor}'s {@code
   * LiveCallMonitor}), named {@code trillet}, within Trillet's 60 requests a minute: each poll is
   * one {@code list()}, sent without retries.
   *
   * @return the source
   */
  public CallSource callSource() {
    return callSource("trillet", TrilletCallSource.BUDGET);
  }

  /**
   * Returns this workspace as a live-view source with another name (to watch several workspaces)
   * or budget (a share of the 60 a minute, when something else uses the same key).
   *
   * @param name the source's name, unique in a monitor
   * @param budget the requests the source may send
   * @return the source
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public CallSource callSource(String name, RequestBudget budget) {
    return new TrilletCallSource(name, budget, activeCalls(), pipeline().config().clock());
  }

  /**
   * {@link TrilletClient}'s services with verbs that return {@code CompletableFuture}s.
   *
   * @param activeCalls the live calls of the workspace: {@link TrilletClient#activeCalls()}'s
   *     verbs, without blocking
   */
  public record Async(ActiveCallsServiceAsync activeCalls) {}

  /**
   * Builds a {@link TrilletClient}: the credentials here, plus the options every client shares
   * (base URL, timeouts, retries, headers, OkHttpClient, interceptors) from {@link ClientBuilder}.
   */
  public static final class Builder extends ClientBuilder<Builder, TrilletClient> {
    private @Nullable String apiKey;
    private @Nullable String workspaceId;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    @SuppressWarnings("exports") // Variable is internal: for ClientBuilder only
    protected List<Variable<Builder>> environment() {
      return List.of(
          Variable.required("TRILLET_API_KEY", "apiKey", Builder::apiKey),
          Variable.required("TRILLET_WORKSPACE_ID", "workspaceId", Builder::workspaceId),
          Variable.baseUrl("TRILLET_BASE_URL"));
    }

    /**
     * Sets the API key, sent as {@code x-api-key}. Required.
     *
     * @param apiKey the key from the Trillet dashboard
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the workspace whose calls this client sees, sent as {@code x-workspace-id}. Required.
     *
     * @param workspaceId the workspace id from the Trillet dashboard
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = workspaceId;
      return this;
    }

    @Override
    protected TrilletClient newClient() {
      Credentials credentials = Credentials.header("x-api-key", apiKey, "apiKey")
          .and(Credentials.identifier("x-workspace-id", workspaceId, "workspaceId"));
      return new TrilletClient(this, buildConfig("trillet", credentials));
    }
  }
}
