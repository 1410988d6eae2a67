package dev.activecalls.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp + Moshi, as an SDK-independent client of the fakes. */
final class Http {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** No pooled connections and no silent retries, so that every request is seen as sent. */
  static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
      .retryOnConnectionFailure(false)
      .build();

  private Http() {}

  record Reply(int status, Headers headers, String body) {
    Map<String, Object> json() throws IOException {
      return map(JSON.fromJson(body));
    }

    String requestId() {
      return headers.get("x-request-id");
    }
  }

  static Reply get(String url, String... headerPairs) throws IOException {
    return get(CLIENT, url, headerPairs);
  }

  static Reply get(OkHttpClient client, String url, String... headerPairs) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    for (int i = 0; i < headerPairs.length; i += 2) {
      request.header(headerPairs[i], headerPairs[i + 1]);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.headers(), response.body().string());
    }
  }

  /** Sends a POST with an empty body, as an action without a body goes out. */
  static Reply post(String url, String... headerPairs) throws IOException {
    return send(new Request.Builder().url(url).post(RequestBody.create(new byte[0])), headerPairs);
  }

  /** Sends a POST with a JSON body, as an action with a body goes out. */
  static Reply postJson(String url, String json, String... headerPairs) throws IOException {
    return send(new Request.Builder().url(url)
        .post(RequestBody.create(json, okhttp3.MediaType.get("application/json"))), headerPairs);
  }

  /** Sends a DELETE without a body, as a hang-up goes out. */
  static Reply delete(String url, String... headerPairs) throws IOException {
    return send(new Request.Builder().url(url).delete(), headerPairs);
  }

  private static Reply send(Request.Builder request, String... headerPairs) throws IOException {
    for (int i = 0; i < headerPairs.length; i += 2) {
      request.header(headerPairs[i], headerPairs[i + 1]);
    }
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.headers(), response.body().string());
    }
  }

  static String[] auth(FakeTrillet fake) {
    return new String[] {"x-api-key", fake.apiKey(), "x-workspace-id", fake.workspaceId()};
  }

  static String[] auth(FakeVobiz fake) {
    return new String[] {"X-Auth-ID", fake.authId(), "X-Auth-Token", fake.authToken()};
  }

  static String[] auth(FakeTalkover fake) {
    return new String[] {"Authorization", "Bearer " + fake.apiToken()};
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
