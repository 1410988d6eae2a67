package dev.activecalls.talkover;

import dev.activecalls.core.ApiClient;
import dev.activecalls.core.ClientBuilder;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.Credentials;
import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.talkover.internal.ActiveCallsViews;
import dev.activecalls.talkover.internal.CallsViews;
import dev.activecalls.talkover.internal.TalkoverCallSource;
import dev.activecalls.talkover.internal.TalkoverErrorParser;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Client for the Talkover API: is an agent on a call with a phone number right now, and ending
 * that call. Immutable and thread-safe; make one per API token and share it. Close it when done to
 * release its connections.
 *
 * <pre>{@code
 * TalkoverClient talkover = TalkoverClient.builder().apiToken("talq_...").build();
 * Optional<ActiveCall> call = talkover.activeCalls().findByPhone(agentId, "+15551234567");
 * }</pre>
 */
public final class TalkoverClient
    extends ApiClient<TalkoverClient, TalkoverClient.Builder, TalkoverClient.Async> {
  /** Talkover's production API, used unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://app.talkover.ai";
  /** The environment variable {@link #fromEnv()} reads the API token from. */
  public static final String ENV_API_TOKEN = "TALKOVER_API_TOKEN";
  /** The optional environment variable {@link #fromEnv()} reads a base URL from. */
  public static final String ENV_BASE_URL = "TALKOVER_BASE_URL";

  // The views are made on first use, so that building a client does not load their classes (about
  // 2 ms of a cold start); compareAndSet keeps one instance if two threads race to make one.
  private final AtomicReference<ActiveCallsService> activeCalls = new AtomicReference<>();
  private final AtomicReference<CallsService> calls = new AtomicReference<>();

  private TalkoverClient(Builder builder, ClientConfig config) {
    super(builder, config, new TalkoverErrorParser());
  }

  @Override
  @SuppressWarnings("exports") // HttpPipeline is internal: for ApiClient only
  protected Async newAsyncView(HttpPipeline pipeline) {
    return new Async(ActiveCallsViews.async(pipeline), CallsViews.async(pipeline));
  }

  /**
   * Returns a builder; set at least {@link Builder#apiToken(String)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from the environment variables {@value #ENV_API_TOKEN} and, when
   * set, {@value #ENV_BASE_URL}: {@code builder().fromEnv().build()}. To change other settings too,
   * or to read the variables from somewhere else, call {@link
   * ClientBuilder#fromEnv(java.util.function.Function)} on {@link #builder()}.
   *
   * @return the client
   * @throws IllegalStateException if a required variable is unset or blank (the message names it)
   * @throws IllegalArgumentException if a value is invalid (the message starts with the variable)
   */
  public static TalkoverClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the active-call lookups: {@code listByPhone}, {@code findByPhone} and their async and
   * raw-response variants.
   *
   * @return the service; the same instance on every call
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
   * Returns the call actions: {@code end} and its async and raw-response variants.
   *
   * @return the service; the same instance on every call
   */
  public CallsService calls() {
    CallsService view = calls.get();
    if (view == null) {
      calls.compareAndSet(null, CallsViews.blocking(pipeline()));
      view = calls.get();
    }
    return view;
  }

  /**
   * Returns every agent's calls as a source for the live view ({@code sdk-monitor}'s {@code
   * LiveCallMonitor}), named {@code talkover}, within 100 requests a minute (Talkover's standard
   * plan): each poll is {@link CallsService#listActive()}, three lists or more, sent without
   * retries.
   *
   * @return the source
   */
  public CallSource callSource() {
    return callSource("talkover", null, TalkoverCallSource.BUDGET);
  }

  /**
   * Returns one agent's calls, or every agent's, as a live-view source with its own name and
   * budget (a larger plan's, or a share of it).
   *
   * @param name the source's name, unique in a monitor
   * @param agentId the agent to watch, or null for every agent
   * @param budget the requests the source may send
   * @return the source
   * @throws IllegalArgumentException if {@code name} is blank or {@code agentId} invalid
   */
  public CallSource callSource(String name, @Nullable String agentId, RequestBudget budget) {
    return new TalkoverCallSource(name, budget, calls(), agentId, pipeline().config().clock());
  }

  /**
   * {@link TalkoverClient}'s services with verbs that return {@code CompletableFuture}s.
   *
   * @param activeCalls the active calls by agent and phone: {@link TalkoverClient#activeCalls()}'s
   *     verbs, without blocking
   * @param calls the call actions: {@link TalkoverClient#calls()}'s verbs, without blocking
   */
  public record Async(ActiveCallsServiceAsync activeCalls, CallsServiceAsync calls) {}

  /**
   * Builds a {@link TalkoverClient}. Besides the API token, every option of {@link ClientBuilder}
   * applies: base URL, timeouts, retries, headers, a shared OkHttpClient, interceptors.
   */
  public static final class Builder extends ClientBuilder<Builder, TalkoverClient> {
    private @Nullable String apiToken;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    @SuppressWarnings("exports") // Variable is internal: for ClientBuilder only
    protected List<Variable<Builder>> environment() {
      return List.of(
          Variable.required(ENV_API_TOKEN, "apiToken", Builder::apiToken),
          Variable.baseUrl(ENV_BASE_URL));
    }

    /**
     * Sets the API token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param apiToken the environment token, like {@code talq_...}, without {@code Bearer }
     * @return this builder
     */
    public Builder apiToken(String apiToken) {
      this.apiToken = apiToken;
      return this;
    }

    /**
     * Returns this builder.
     *
     * @return this builder
     */
    @Override
    protected TalkoverClient newClient() {
      if (apiToken != null && apiToken.strip().toLowerCase(Locale.ROOT).startsWith("bearer ")) {
        throw new IllegalArgumentException(
            "apiToken must be the token alone, without the 'Bearer ' prefix (the client adds it)");
      }
      Credentials credentials = Credentials.bearer(apiToken, "apiToken");
      return new TalkoverClient(this, buildConfig("talkover", credentials));
    }
  }
}
