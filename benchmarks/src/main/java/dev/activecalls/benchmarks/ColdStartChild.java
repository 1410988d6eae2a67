package dev.activecalls.benchmarks;

import com.squareup.moshi.JsonReader;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.trillet.internal.ModelReader;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One cold start, in a JVM of its own that {@link ColdStartBenchmark} launches: build a client,
 * list Trillet's active calls once from a loopback server, print {@code build=<ns> calls=<n>} and
 * exit. {@code sdk} builds a {@code TrilletClient}; {@code limit} builds a plain OkHttpClient and
 * decodes with the SDK's streaming decoder, the least any Java client of this API can do.
 */
public final class ColdStartChild {
  private ColdStartChild() {}

  /**
   * Runs one cold start.
   *
   * @param args {@code sdk} or {@code limit}, then the server's base URL
   * @throws IOException if the call fails
   */
  public static void main(String[] args) throws IOException {
    String baseUrl = args[1];
    long started = System.nanoTime();
    int calls;
    long built;
    if (args[0].equals("sdk")) {
      TrilletClient client = TrilletClient.builder()
          .apiKey(Clients.TRILLET_API_KEY)
          .workspaceId(Clients.TRILLET_WORKSPACE_ID)
          .baseUrl(baseUrl)
          .build();
      built = System.nanoTime();
      calls = client.activeCalls().list().data().size();
    } else {
      // What a hand-written client builds up front, as TrilletBaseline does: the client and the URL.
      OkHttpClient http = new OkHttpClient();
      HttpUrl listUrl = HttpUrl.get(baseUrl).newBuilder().addPathSegments("v2/api/active-calls").build();
      built = System.nanoTime();
      Request request = new Request.Builder()
          .url(listUrl)
          .header("x-api-key", Clients.TRILLET_API_KEY)
          .header("x-workspace-id", Clients.TRILLET_WORKSPACE_ID)
          .build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        ActiveCallList list = ModelReader.LIST.decode(JsonReader.of(response.body().source()));
        calls = list.data().size();
      }
    }
    System.out.println("build=" + (built - started) + " calls=" + calls);
    System.out.flush();
    System.exit(0); // both sides: do not wait for OkHttp's idle threads
  }
}
