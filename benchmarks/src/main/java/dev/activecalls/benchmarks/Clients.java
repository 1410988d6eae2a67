package dev.activecalls.benchmarks;

import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Builds the SDK clients and the baselines' OkHttpClients the benchmarks compare, with the same
 * (fake) credentials and the same interceptor, so that both sides do the same work.
 */
public final class Clients {
  /** A Trillet API key of realistic length. */
  public static final String TRILLET_API_KEY = "tr_live_4f9c2a7e1b8d3c6a5e0f9b2d7c4a1e8f";
  /** A Trillet workspace id. */
  public static final String TRILLET_WORKSPACE_ID = "665a0f1e2d3c4b5a69788796";
  /** A Vobiz Auth ID, as in seed 003. */
  public static final String VOBIZ_AUTH_ID = "MA2025RK4E639VJFZAGV";
  /** A Vobiz Auth Token. */
  public static final String VOBIZ_AUTH_TOKEN = "vbz_tok_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";
  /** A Talkover environment token. */
  public static final String TALKOVER_API_TOKEN = "talq_3b1f8e6d4c2a0f9e7d5c3b1a9f8e7d6c";

  private Clients() {}

  /**
   * Returns a Trillet SDK client whose calls are answered by {@code interceptor}, otherwise with
   * the SDK's defaults (as a user would build it).
   *
   * @param interceptor answers the calls
   * @return the client
   */
  public static TrilletClient trillet(Interceptor interceptor) {
    return trilletBuilder(interceptor).build();
  }

  /**
   * Returns the builder behind {@link #trillet(Interceptor)}, for a benchmark that sets one more
   * option.
   *
   * @param interceptor answers the calls
   * @return the builder, with credentials and the interceptor set
   */
  public static TrilletClient.Builder trilletBuilder(Interceptor interceptor) {
    return TrilletClient.builder()
        .apiKey(TRILLET_API_KEY)
        .workspaceId(TRILLET_WORKSPACE_ID)
        .addInterceptor(interceptor);
  }

  /**
   * Returns a Vobiz SDK client whose calls are answered by {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @return the client
   */
  public static VobizClient vobiz(Interceptor interceptor) {
    return VobizClient.builder()
        .authId(VOBIZ_AUTH_ID)
        .authToken(VOBIZ_AUTH_TOKEN)
        .addInterceptor(interceptor)
        .build();
  }

  /**
   * Returns a Talkover SDK client whose calls are answered by {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @return the client
   */
  public static TalkoverClient talkover(Interceptor interceptor) {
    return TalkoverClient.builder()
        .apiToken(TALKOVER_API_TOKEN)
        .addInterceptor(interceptor)
        .build();
  }

  /**
   * Returns the baseline's OkHttpClient: OkHttp's defaults plus {@code interceptor}.
   *
   * @param interceptor answers the calls
   * @return the client
   */
  public static OkHttpClient okHttp(Interceptor interceptor) {
    return new OkHttpClient.Builder().addInterceptor(interceptor).build();
  }

  /**
   * Returns an OkHttpClient sized for {@code concurrency} calls to one host: the dispatcher runs
   * up to that many at once (OkHttp's default is 5 per host) and the pool keeps that many idle
   * connections (default 5). The loopback benchmarks give one to the baseline and an identical
   * one to the SDK (through {@code okHttpClient(...)}), so both use the same number of threads
   * and connections.
   *
   * @param concurrency the most calls in flight
   * @return the client
   */
  public static OkHttpClient sizedFor(int concurrency) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Math.max(concurrency, 1));
    dispatcher.setMaxRequestsPerHost(Math.max(concurrency, 1));
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(Math.max(concurrency, 5), 5, TimeUnit.MINUTES))
        .build();
  }

  /**
   * Releases an OkHttpClient's threads and connections.
   *
   * @param client the client, or null
   */
  public static void shutdown(OkHttpClient client) {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
