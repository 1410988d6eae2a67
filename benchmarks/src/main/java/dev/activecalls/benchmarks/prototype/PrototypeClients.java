package dev.activecalls.benchmarks.prototype;

import dev.activecalls.benchmarks.Clients;
import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.ClientBuilder;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.Credentials;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.internal.ErrorBodyParser;
import dev.activecalls.core.internal.Futures;
import dev.activecalls.core.internal.HttpPipeline;
import dev.activecalls.core.internal.PathSegments;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.ActiveCallByPhoneRequest;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.talkover.internal.TalkoverErrorParser;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.trillet.internal.TrilletErrorParser;
import dev.activecalls.vobiz.GetLiveCallRequest;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.VobizClient;
import dev.activecalls.vobiz.internal.VobizErrorParser;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The SDK's real {@link HttpPipeline}, configured as the vendor clients' builders configure it
 * (their defaults plus one interceptor), running the vendor requests exactly as the vendor
 * services build them, but decoding with the proposed {@link PrototypeJson} and decoders: what the
 * SDK's calls would cost with the proposals ported. Optionally without the default 60 s call
 * timeout (connect, read and write timeouts stay at the SDK's defaults), to measure that proposal.
 *
 * @param <S> the call's type
 * @param pipeline the pipeline, closed by {@link #close()}
 * @param call the vendor call
 * @param ownHttp the OkHttpClient made for the no-call-timeout variant, or null
 */
public record PrototypeClients<S>(HttpPipeline pipeline, S call, OkHttpClient ownHttp) implements AutoCloseable {

  /** {@code trillet.activeCalls().list()}. */
  public static final class TrilletList {
    private final HttpPipeline pipeline;
    private final ApiRequest<ActiveCallList> request =
        ApiRequest.get(new TrilletListDecoder(PrototypeJson.moshi(ZoneOffset.UTC)), "v2", "api", "active-calls");

    TrilletList(HttpPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /**
     * Lists the calls.
     *
     * @return the list
     */
    public ActiveCallList list() {
      return pipeline.execute(request, RequestOptions.none()).body();
    }

    /**
     * Lists the calls asynchronously, as {@code trillet.activeCalls().listAsync()} does.
     *
     * @return the future list
     */
    public CompletableFuture<ActiveCallList> listAsync() {
      return Futures.map(pipeline.executeAsync(request, RequestOptions.none()), ApiResponse::body);
    }
  }

  /** {@code vobiz.liveCalls().get(uuid)}, with the request built as {@code LiveCallsServiceImpl} does. */
  public static final class VobizGet {
    private final HttpPipeline pipeline;
    private final String encodedAuthId = PathSegments.encode("authId", Clients.VOBIZ_AUTH_ID);
    private final VobizLiveCallDecoder decoders = new VobizLiveCallDecoder(PrototypeJson.moshi(ZoneOffset.UTC));

    VobizGet(HttpPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /**
     * Gets a live call.
     *
     * @param callUuid the call
     * @return the call
     */
    public LiveCall get(String callUuid) {
      GetLiveCallRequest request = new GetLiveCallRequest(callUuid);
      ApiRequest<LiveCall> apiRequest = ApiRequest.get(decoders.liveCall(request.callUuid()),
              "api", "v1", "Account", encodedAuthId, "Call", PathSegments.encode("callUuid", request.callUuid()), "")
          .withQuery("status", "live");
      return pipeline.execute(apiRequest, RequestOptions.none()).body();
    }
  }

  /** {@code talkover.activeCalls().listByPhone(agentId, phone)}, built as its service does. */
  public static final class TalkoverList {
    private final HttpPipeline pipeline;
    private final TalkoverCallsDecoder decoder = new TalkoverCallsDecoder(PrototypeJson.moshi(ZoneOffset.UTC));

    TalkoverList(HttpPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /**
     * Lists the active calls between an agent and a phone number.
     *
     * @param agentId the agent
     * @param phone the phone number
     * @return the calls; empty on 404
     */
    public List<ActiveCall> listByPhone(String agentId, String phone) {
      ActiveCallByPhoneRequest request = new ActiveCallByPhoneRequest(agentId, phone);
      ApiRequest<List<ActiveCall>> apiRequest = ApiRequest.get(decoder,
          "api", "v1", "agents",
          PathSegments.encode("agentId", request.agentId()),
          "active-call",
          PathSegments.encode("phone", request.phone().e164()));
      return pipeline.executeOptional(apiRequest, RequestOptions.none()).body().orElse(List.of());
    }
  }

  /**
   * Returns the prototype Trillet list call answered by {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @param callTimeout whether to keep the SDK's default 60 s call timeout
   * @return the prototype
   */
  public static PrototypeClients<TrilletList> trillet(Interceptor interceptor, boolean callTimeout) {
    Credentials credentials = Credentials.header("x-api-key", Clients.TRILLET_API_KEY, "apiKey")
        .and(Credentials.header("x-workspace-id", Clients.TRILLET_WORKSPACE_ID, "workspaceId"));
    OkHttpClient own = callTimeout ? null : new OkHttpClient();
    HttpPipeline pipeline = pipeline(TrilletClient.DEFAULT_BASE_URL, interceptor, own, "trillet", credentials,
        new TrilletErrorParser());
    return new PrototypeClients<>(pipeline, new TrilletList(pipeline), own);
  }

  /**
   * Returns the prototype Trillet list call to {@code baseUrl} through a shared {@code http}, as
   * {@code TrilletClient.builder().baseUrl(baseUrl).okHttpClient(http)} would make it.
   *
   * @param baseUrl the server
   * @param http the OkHttpClient to share (not closed by {@link #close()})
   * @return the prototype
   */
  public static PrototypeClients<TrilletList> trillet(String baseUrl, OkHttpClient http) {
    Credentials credentials = Credentials.header("x-api-key", Clients.TRILLET_API_KEY, "apiKey")
        .and(Credentials.header("x-workspace-id", Clients.TRILLET_WORKSPACE_ID, "workspaceId"));
    ClientConfig config = new ConfigBuilder(TrilletClient.DEFAULT_BASE_URL)
        .baseUrl(baseUrl)
        .okHttpClient(http)
        .config("trillet", credentials);
    HttpPipeline pipeline = new HttpPipeline(config, new TrilletErrorParser());
    return new PrototypeClients<>(pipeline, new TrilletList(pipeline), null);
  }

  /**
   * Returns the prototype Vobiz get call answered by {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @param callTimeout whether to keep the SDK's default 60 s call timeout
   * @return the prototype
   */
  public static PrototypeClients<VobizGet> vobiz(Interceptor interceptor, boolean callTimeout) {
    Credentials credentials = Credentials.header("X-Auth-ID", Clients.VOBIZ_AUTH_ID, "authId")
        .and(Credentials.header("X-Auth-Token", Clients.VOBIZ_AUTH_TOKEN, "authToken"));
    OkHttpClient own = callTimeout ? null : new OkHttpClient();
    HttpPipeline pipeline = pipeline(VobizClient.DEFAULT_BASE_URL, interceptor, own, "vobiz", credentials,
        new VobizErrorParser());
    return new PrototypeClients<>(pipeline, new VobizGet(pipeline), own);
  }

  /**
   * Returns the prototype Talkover listByPhone call answered by {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @param callTimeout whether to keep the SDK's default 60 s call timeout
   * @return the prototype
   */
  public static PrototypeClients<TalkoverList> talkover(Interceptor interceptor, boolean callTimeout) {
    OkHttpClient own = callTimeout ? null : new OkHttpClient();
    HttpPipeline pipeline = pipeline(TalkoverClient.DEFAULT_BASE_URL, interceptor, own, "talkover",
        Credentials.bearer(Clients.TALKOVER_API_TOKEN, "apiToken"), new TalkoverErrorParser());
    return new PrototypeClients<>(pipeline, new TalkoverList(pipeline), own);
  }

  private static HttpPipeline pipeline(String baseUrl, Interceptor interceptor, OkHttpClient own, String vendor,
      Credentials credentials, ErrorBodyParser errors) {
    ConfigBuilder builder = new ConfigBuilder(baseUrl).addInterceptor(interceptor);
    if (own != null) {
      // A supplied client keeps its own (zero) call timeout; the other timeouts as the SDK's defaults.
      builder.okHttpClient(own)
          .connectTimeout(ClientBuilder.DEFAULT_CONNECT_TIMEOUT)
          .readTimeout(ClientBuilder.DEFAULT_READ_TIMEOUT)
          .writeTimeout(ClientBuilder.DEFAULT_WRITE_TIMEOUT);
    }
    return new HttpPipeline(builder.config(vendor, credentials), errors);
  }

  @Override
  public void close() {
    pipeline.close();
    Clients.shutdown(ownHttp);
  }

  /** Reaches {@link ClientBuilder#buildConfig}, as every vendor builder does. */
  private static final class ConfigBuilder extends ClientBuilder<ConfigBuilder> {
    ConfigBuilder(String baseUrl) {
      super(baseUrl);
    }

    @Override
    protected ConfigBuilder self() {
      return this;
    }

    ClientConfig config(String vendor, Credentials credentials) {
      return buildConfig(vendor, credentials);
    }
  }
}
