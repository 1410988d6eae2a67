package dev.activecalls.vobiz;

import dev.activecalls.core.ApiClient;
import dev.activecalls.core.ClientBuilder;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.Credentials;
import dev.activecalls.core.internal.Environment.Variable;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.vobiz.internal.CallRequests;
import dev.activecalls.vobiz.internal.LiveCallsViews;
import dev.activecalls.vobiz.internal.QueuedCallsViews;
import dev.activecalls.vobiz.internal.VobizCallSource;
import dev.activecalls.vobiz.internal.VobizErrorParser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Client for the Vobiz live-call API. Immutable and thread-safe: make one per account and share
 * it; {@link #close()} it when done. Authenticates with the {@code X-Auth-ID} and {@code
 * X-Auth-Token} headers, sent only to the configured base URL.
 *
 * <pre>{@code
 * VobizClient vobiz = VobizClient.builder().authId("MA_XXXXXX").authToken(token).build();
 * Optional<LiveCall> live = vobiz.liveCalls().find(callUuid);
 * vobiz.liveCalls().hangup(callUuid);
 * }</pre>
 */
public final class VobizClient
    extends ApiClient<VobizClient, VobizClient.Builder, VobizClient.Async> {
  /** Vobiz's production API. */
  public static final String DEFAULT_BASE_URL = "https://api.vobiz.ai";

  private final LiveCallsViews live;
  private final QueuedCallsViews queued;
  // The views are made on first use, so that building a client does not load their classes (about
  // 2 ms of a cold start); compareAndSet keeps one instance if two threads race to make one.
  private final AtomicReference<LiveCallsService> liveCalls = new AtomicReference<>();
  private final AtomicReference<QueuedCallsService> queuedCalls = new AtomicReference<>();
  private final String account;

  private VobizClient(Builder builder, CallRequests requests, String account, ClientConfig config) {
    this(builder, new LiveCallsViews(requests), new QueuedCallsViews(requests), account, config);
  }

  private VobizClient(Builder builder, LiveCallsViews live, QueuedCallsViews queued, String account,
      ClientConfig config) {
    super(builder, config, new VobizErrorParser());
    this.live = live;
    this.queued = queued;
    this.account = account;
  }

  @Override
  @SuppressWarnings("exports") // HttpPipeline is internal: for ApiClient only
  protected Async newAsyncView(HttpPipeline pipeline) {
    return new Async(live.async(pipeline), queued.async(pipeline));
  }

  /**
   * Returns a builder; set at least {@link Builder#authId(String)} and {@link
   * Builder#authToken(String)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from the environment variables {@code VOBIZ_AUTH_ID}, {@code
   * VOBIZ_AUTH_TOKEN} and, optionally, {@code VOBIZ_BASE_URL}: {@code builder().fromEnv().build()}.
   * To change other settings too, or to read the variables from somewhere else, call {@link
   * ClientBuilder#fromEnv(java.util.function.Function)} on {@link #builder()}.
   *
   * @return the client
   * @throws IllegalStateException if a required variable is unset or blank (the message names it)
   * @throws IllegalArgumentException if a value is invalid (the message starts with the variable)
   */
  public static VobizClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the live-call endpoints.
   *
   * @return the service, shared by every caller of this client
   */
  public LiveCallsService liveCalls() {
    LiveCallsService view = liveCalls.get();
    if (view == null) {
      liveCalls.compareAndSet(null, live.blocking(pipeline()));
      view = liveCalls.get();
    }
    return view;
  }

  /**
   * Returns the queued-call endpoints: calls made but not yet connected.
   *
   * @return the service, shared by every caller of this client
   */
  public QueuedCallsService queuedCalls() {
    QueuedCallsService view = queuedCalls.get();
    if (view == null) {
      queuedCalls.compareAndSet(null, queued.blocking(pipeline()));
      view = queuedCalls.get();
    }
    return view;
  }

  /**
   * Returns this account as a source for the live view ({@code sdk-monitor}'s {@code
   * LiveCallMonitor}), named {@code vobiz}: each poll lists the live and the queued calls and
   * reads each call's details, at most {@value VobizCallSource#MAX_IN_FLIGHT} at a time, without
   * retries, within 600 requests a minute (Vobiz documents no limit).
   *
   * @return the source
   */
  public CallSource callSource() {
    return callSource("vobiz", VobizCallSource.BUDGET, VobizCallSource.MAX_IN_FLIGHT);
  }

  /**
   * Returns this account as a live-view source with its own name, budget and fan-out.
   *
   * @param name the source's name, unique in a monitor
   * @param budget the requests the source may send
   * @param maxInFlight how many call details it reads at once, at least 1
   * @return the source
   * @throws IllegalArgumentException if {@code name} is blank or {@code maxInFlight} below 1
   */
  public CallSource callSource(String name, RequestBudget budget, int maxInFlight) {
    return new VobizCallSource(name, budget, maxInFlight, this, pipeline().config().clock());
  }

  /**
   * {@link VobizClient}'s services with verbs that return {@code CompletableFuture}s.
   *
   * @param liveCalls the live calls of the account: {@link VobizClient#liveCalls()}'s verbs,
   *     without blocking
   * @param queuedCalls the queued calls of the account: {@link VobizClient#queuedCalls()}'s verbs,
   *     without blocking
   */
  public record Async(LiveCallsServiceAsync liveCalls, QueuedCallsServiceAsync queuedCalls) {}


  @Override
  protected String describeAccount() {
    return account;
  }

  /**
   * Builds a {@link VobizClient}. Besides the Vobiz settings here, it takes every option of
   * {@link ClientBuilder}: base URL, timeouts, retries, headers, an OkHttpClient to share,
   * interceptors.
   */
  public static final class Builder extends ClientBuilder<Builder, VobizClient> {
    private @Nullable String authId;
    private @Nullable String authToken;
    private ZoneId timestampZone = ZoneOffset.UTC;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    @SuppressWarnings("exports") // Variable is internal: for ClientBuilder only
    protected List<Variable<Builder>> environment() {
      return List.of(
          Variable.required("VOBIZ_AUTH_ID", "authId", Builder::authId),
          Variable.required("VOBIZ_AUTH_TOKEN", "authToken", Builder::authToken),
          Variable.baseUrl("VOBIZ_BASE_URL"));
    }

    /**
     * Sets the account's Auth ID, sent as {@code X-Auth-ID} and used in every request path.
     *
     * @param authId the Auth ID from the Vobiz console, like {@code MA_XXXXXX}; checked by {@link
     *     #build()}
     * @return this builder
     */
    public Builder authId(String authId) {
      this.authId = authId;
      return this;
    }

    /**
     * Sets the account's Auth Token, sent as {@code X-Auth-Token}; never logged or shown.
     *
     * @param authToken the Auth Token from the Vobiz console; checked by {@link #build()}
     * @return this builder
     */
    public Builder authToken(String authToken) {
      this.authToken = authToken;
      return this;
    }

    /**
     * Sets the zone in which timestamps without an offset (like {@code 2014-10-15 09:03:43}) are
     * read. Vobiz writes them in the time zone set in the account's console. A timestamp with an
     * explicit offset is read as written. UTC unless set.
     *
     * @param timestampZone the console's time zone, like {@code ZoneId.of("Asia/Kolkata")}
     * @return this builder
     */
    public Builder timestampZone(ZoneId timestampZone) {
      this.timestampZone = Objects.requireNonNull(timestampZone, "timestampZone");
      return this;
    }

    @Override
    protected VobizClient newClient() {
      Credentials credentials = Credentials.identifier("X-Auth-ID", authId, "authId")
          .and(Credentials.header("X-Auth-Token", authToken, "authToken"));
      String id = Objects.requireNonNull(authId); // checked just above
      // The requests encode the Auth ID into their paths: "." and ".." are refused now, not on first call.
      CallRequests requests = new CallRequests(id, timestampZone);
      return new VobizClient(this, requests, "authId=" + id + ", timestampZone=" + timestampZone,
          buildConfig("vobiz", credentials));
    }
  }
}
