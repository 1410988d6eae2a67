package dev.activecalls.benchmarks;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp application interceptor that answers every call with the same canned 200 response,
 * so no connection is made: a benchmark through it measures only the client code around OkHttp
 * (request building, call bookkeeping, the error checks and decoding). The SDK and the baseline
 * get the same instance type, added with {@code addInterceptor}. Each call gets a fresh body over
 * the same bytes. Thread-safe.
 */
public final class CannedResponseInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final byte[] body;
  private final int code;

  /**
   * Answers 200 with {@code body}.
   *
   * @param body the JSON to serve, not copied
   */
  public CannedResponseInterceptor(byte[] body) {
    this(200, body);
  }

  /**
   * Answers {@code code} with {@code body}.
   *
   * @param code the HTTP status
   * @param body the JSON to serve, not copied
   */
  public CannedResponseInterceptor(int code, byte[] body) {
    this.code = code;
    this.body = body;
  }

  @Override
  public Response intercept(Chain chain) {
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message(code == 200 ? "OK" : "Status " + code)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Content-Length", Integer.toString(body.length))
        .body(ResponseBody.create(body, JSON))
        .build();
  }
}
