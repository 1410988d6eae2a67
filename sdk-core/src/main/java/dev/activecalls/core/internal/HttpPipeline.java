package dev.activecalls.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.RetryPolicy;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiError;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.ResponseTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * The one HTTP pipeline every vendor client runs on: builds the request, adds the User-Agent and
 * (on the network hop, same origin only) the credentials, runs attempts with the {@link
 * RetryPolicy}, maps failures to typed exceptions, decodes success bodies and logs one line per
 * attempt. Synchronous calls run on the caller's thread; asynchronous ones on OkHttp's dispatcher,
 * waiting between retries on a timer rather than a thread.
 */
public final class HttpPipeline implements AutoCloseable {
  /** Logger for one DEBUG line per attempt; no headers, no bodies. */
  static final System.Logger LOG = System.getLogger("dev.activecalls.http");
  /** How much of an error body is kept. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
  private static final int EXCERPT_CHARS = 300;
  // Moshi ends some messages "at path $.a.b: more", so a colon before a space or the end is not
  // part of the path.
  private static final Pattern PATH_IN_MESSAGE = Pattern.compile("\\bat (?:path )?(\\$\\S*?):?(?=\\s|$)");

  private final ClientConfig config;
  private final ErrorBodyParser errorParser;
  /** The OkHttpClient whose pool and dispatcher this pipeline uses, without the SDK's additions. */
  private final OkHttpClient root;
  /** The pipeline whose close() shuts the pool down: this one, or the one a variant came from. */
  private final HttpPipeline owner;
  private final OkHttpClient http;
  /** Same pool and dispatcher, but OkHttp never silently resends: for non-idempotent methods. */
  private final OkHttpClient httpNoSilentRetry;
  private final boolean ownsHttpClient;
  private final PreparedRequests requests;
  private final Redactor redactor;
  /** Named in the exception every call after {@link #close()} gets, like {@code TrilletClient}. */
  private final String clientName;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the pipeline for one client, sharing the connection pool and dispatcher of {@code
   * sharedWith} if given: closing this pipeline then leaves them running, and closing that one
   * closes this one too.
   *
   * @param clientName the client's name for the exception a closed client throws, like {@code
   *     TrilletClient}
   * @param config the client's settled configuration
   * @param errorParser reads the vendor's error bodies
   * @param sharedWith the pipeline of the client this one is a variant of, or null
   */
  public HttpPipeline(
      String clientName, ClientConfig config, ErrorBodyParser errorParser, @Nullable HttpPipeline sharedWith) {
    this.clientName = clientName;
    this.config = config;
    this.errorParser = errorParser;
    OkHttpClient supplied = config.okHttpClient();
    this.root = sharedWith != null ? sharedWith.root : supplied != null ? supplied : new OkHttpClient();
    this.owner = sharedWith != null ? sharedWith.owner : this;
    this.ownsHttpClient = sharedWith == null && supplied == null;
    this.http = buildHttpClient(root, config);
    this.httpNoSilentRetry = http.newBuilder().retryOnConnectionFailure(false).build();
    Headers.Builder fixed = new Headers.Builder()
        .set("User-Agent", UserAgent.forVendor(config.vendor()))
        .set("Accept", "application/json");
    Headers defaults = config.headers();
    for (int i = 0; i < defaults.size(); i++) {
      fixed.set(defaults.name(i), defaults.value(i));
    }
    HttpUrl url = config.baseUrl();
    int last = url.pathSize() - 1;
    this.requests = new PreparedRequests(
        url.pathSegments().get(last).isEmpty() ? url.newBuilder().removePathSegment(last).build() : url,
        fixed.build());
    this.redactor = new Redactor(config.credentials().secrets());
  }

  private static OkHttpClient buildHttpClient(OkHttpClient root, ClientConfig config) {
    OkHttpClient.Builder builder = root.newBuilder();
    if (config.connectTimeout() != null) {
      builder.connectTimeout(config.connectTimeout());
    }
    if (config.readTimeout() != null) {
      builder.readTimeout(config.readTimeout());
    }
    if (config.writeTimeout() != null) {
      builder.writeTimeout(config.writeTimeout());
    }
    if (config.callTimeout() != null) {
      builder.callTimeout(config.callTimeout());
    }
    for (Interceptor interceptor : config.interceptors()) {
      builder.addInterceptor(interceptor);
    }
    builder.addInterceptor(RetryAfterShield.RESTORE);
    builder.addNetworkInterceptor(RetryAfterShield.HIDE);
    builder.addNetworkInterceptor(new CredentialsInterceptor(config.baseUrl(), config.credentials()));
    return builder.build();
  }

  /** Returns the configuration this pipeline was made from. */
  public ClientConfig config() {
    return config;
  }

  /**
   * Runs {@code request} on the calling thread, retrying as the policy allows.
   *
   * @param request the endpoint call
   * @param options per-call overrides
   * @param <T> the result type
   * @return the decoded response
   * @throws ApiException if the vendor answered with an error
   * @throws ApiConnectionException if no answer came (or {@link ApiTimeoutException})
   * @throws ResponseDecodingException if the answer is not the expected JSON
   * @throws ResponseTooLargeException if the answer is larger than the configured limit
   * @throws IllegalStateException if the client is closed
   */
  public <T> ApiResponse<T> execute(ApiRequest<T> request, RequestOptions options) {
    Request httpRequest = toHttpRequest(request, options);
    int maxRetries = maxRetries(options);
    boolean unansweredBefore = false;
    for (int attempt = 1; ; attempt++) {
      checkOpen(); // also before each retry: one after close() would open a connection nobody closes
      Call call = newCall(httpRequest, options);
      long started = System.nanoTime();
      Outcome<T> outcome;
      try (Response response = executeCall(call)) {
        outcome = onResponse(request, httpRequest, call, response);
      } catch (IOException e) {
        outcome = onFailure(httpRequest, call, e);
      }
      afterAttempt();
      outcome = goneOnRetry(request, outcome, unansweredBefore);
      if (outcome.unanswered()) {
        unansweredBefore = true;
      }
      log(httpRequest, outcome, started, attempt);
      if (outcome.response() != null) {
        return outcome.response();
      }
      Duration wait = nextWait(outcome, attempt, maxRetries);
      if (wait == null) {
        throw outcome.failure();
      }
      try {
        config.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException("Interrupted while waiting to retry " + describe(httpRequest), e);
      }
    }
  }

  /**
   * Runs {@code request} on OkHttp's dispatcher. Cancelling the future cancels the HTTP call in
   * flight and every retry still to come.
   *
   * @param request the endpoint call
   * @param options per-call overrides
   * @param <T> the result type
   * @return a future of the decoded response, failing with the exceptions {@link #execute} throws
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest<T> request, RequestOptions options) {
    if (isClosed()) {
      return CompletableFuture.failedFuture(closedException(null));
    }
    AsyncExecution<T> execution = new AsyncExecution<>(request, toHttpRequest(request, options), options);
    execution.start(1);
    return execution.result;
  }

  /**
   * Like {@link #execute}, but a 404 the request counts as absence ({@link ApiRequest#absent()};
   * every 404 unless it says otherwise) is an answer: an empty body, with the 404's status, headers
   * and request id.
   *
   * @param request the endpoint call
   * @param options per-call overrides
   * @param <T> the result type
   * @return the decoded response, or an empty one for 404
   */
  public <T> ApiResponse<Optional<T>> executeOptional(ApiRequest<T> request, RequestOptions options) {
    try {
      ApiResponse<T> response = execute(request, options);
      return response.withBody(Optional.of(response.body()));
    } catch (NotFoundException e) {
      if (request.absent().test(e)) {
        return notFound(e);
      }
      throw e;
    }
  }

  /**
   * Like {@link #executeAsync}, but a 404 completes with an empty body.
   *
   * @param request the endpoint call
   * @param options per-call overrides
   * @param <T> the result type
   * @return a future of the decoded response, or of an empty one for 404
   */
  public <T> CompletableFuture<ApiResponse<Optional<T>>> executeOptionalAsync(
      ApiRequest<T> request, RequestOptions options) {
    return Futures.handle(executeAsync(request, options), (response, failure) -> {
      if (failure instanceof NotFoundException notFound && request.absent().test(notFound)) {
        return notFound(notFound);
      }
      if (failure != null) {
        throw failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
      }
      return response.withBody(Optional.of(response.body()));
    });
  }

  /**
   * Turns a 404 into the request's "gone" result when an earlier attempt of the same call got no
   * answer: that attempt may have reached the server and done the work (a hang-up, say), so
   * "not found" now is what the caller asked for, not an error. See {@link
   * ApiRequest#withGoneOnRetry}.
   */
  private static <T> Outcome<T> goneOnRetry(ApiRequest<T> request, Outcome<T> outcome, boolean unansweredBefore) {
    Supplier<T> gone = request.goneOnRetry();
    if (unansweredBefore && gone != null && outcome.apiError() instanceof NotFoundException notFound
        && request.absent().test(notFound)) {
      return Outcome.succeeded(new ApiResponse<>(notFound.statusCode(), notFound.headers(), notFound.requestId(),
          gone.get()));
    }
    return outcome;
  }

  private static <T> ApiResponse<Optional<T>> notFound(NotFoundException e) {
    return new ApiResponse<>(e.statusCode(), e.headers(), e.requestId(), Optional.empty());
  }

  /**
   * Makes every later call fail with an {@link IllegalStateException} naming the client, and shuts
   * down the connection pool and dispatcher unless they belong to a supplied client. Calls in
   * flight may finish; the connection each one returns to the pool is closed as it comes back.
   */
  @Override
  public void close() {
    closed.set(true);
    if (ownsHttpClient) {
      root.dispatcher().executorService().shutdown();
      root.connectionPool().evictAll();
    }
  }

  /**
   * Throws if this pipeline, or the one whose pool it shares, is closed.
   *
   * @throws IllegalStateException naming the client, like {@code TrilletClient is closed}
   */
  public void checkOpen() {
    if (isClosed()) {
      throw closedException(null);
    }
  }

  private boolean isClosed() {
    return closed.get() || owner.closed.get();
  }

  private IllegalStateException closedException(@Nullable Throwable cause) {
    return new IllegalStateException(clientName + " is closed", cause);
  }

  /**
   * Closes the connections that came back to the pool after the pool's owner was closed: idle
   * eviction ran before they returned, and would otherwise leave them open until the keep-alive
   * runs out.
   */
  private void afterAttempt() {
    if (owner.ownsHttpClient && owner.closed.get()) {
      root.connectionPool().evictAll();
    }
  }

  /**
   * Runs {@code call}. OkHttp itself can fail with an unchecked exception on what a server sent;
   * that becomes an I/O failure, as OkHttp reports it on the async path, so the caller gets a typed
   * exception either way.
   */
  private static Response executeCall(Call call) throws IOException {
    try {
      return call.execute();
    } catch (RuntimeException e) {
      throw new IOException(e.getClass().getSimpleName() + " in OkHttp", e);
    }
  }

  private int maxRetries(RequestOptions options) {
    Integer override = options.maxRetries();
    return override != null ? override : config.retryPolicy().maxRetries();
  }

  private Request toHttpRequest(ApiRequest<?> request, RequestOptions options) {
    Request prepared = requests.of(request);
    Headers extra = options.headers();
    if (request.jsonBody() == null && extra.size() == 0) {
      return prepared; // the usual call: nothing of its own to add
    }
    Request.Builder builder = prepared.newBuilder();
    if (request.jsonBody() != null) {
      builder.method(request.method(), RequestBody.create(request.jsonBody(), JsonType.VALUE));
    }
    for (int i = 0; i < extra.size(); i++) {
      builder.header(extra.name(i), extra.value(i));
    }
    return builder.build();
  }

  private Call newCall(Request httpRequest, RequestOptions options) {
    // Only reads may be resent by OkHttp on a stale connection without the pipeline seeing it: a
    // DELETE's lost attempt must be seen, since it decides what a 404 on the retry means.
    OkHttpClient client = isRead(httpRequest.method()) ? http : httpNoSilentRetry;
    Call call = client.newCall(httpRequest);
    Duration timeout = options.timeout();
    if (timeout != null) {
      call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    return call;
  }

  private static boolean isRead(String method) {
    return method.equals("GET") || method.equals("HEAD");
  }

  private <T> Outcome<T> onResponse(ApiRequest<T> request, Request httpRequest, Call call, Response response)
      throws IOException {
    int status = response.code();
    Headers headers = response.headers();
    String requestId = requestIdHeader(headers);
    ResponseBody body = response.body();
    long limit = config.maxResponseBytes();
    if (!response.isSuccessful()) {
      BufferedSource source = body.source();
      int keep = (int) Math.min(limit, MAX_ERROR_BODY_BYTES);
      boolean cut = source.request(keep + 1L);
      String text = source.readString(Math.min(source.getBuffer().size(), keep), StandardCharsets.UTF_8);
      ApiException error =
          apiException(httpRequest, status, headers, text, cut, safeParse(text), requestId, status);
      return Outcome.failed(error, config.retryPolicy().isRetryable(httpRequest.method(), status), error);
    }
    long length = body.contentLength();
    if (length > limit) {
      return tooLarge(httpRequest, call, status, requestId);
    }
    // OkHttp reads a body of declared length no further than that length, so only a body of
    // unknown length (chunked, or gunzipped on the way) is counted as it comes in; the usual body
    // is decoded from OkHttp's own buffer, without a second one.
    BodySource counted = length < 0 ? new BodySource(body.source(), limit) : null;
    BufferedSource source = counted == null ? body.source() : Okio.buffer(counted);
    try {
      boolean whole = !source.request(MAX_ERROR_BODY_BYTES + 1L);
      // The body's start is kept for error messages and a second look; the decoder then reads the
      // body from the network as it comes, so memory is not spent on a copy of all of it.
      BodyStart start = BodyStart.of(source.getBuffer(), MAX_ERROR_BODY_BYTES);
      JsonReader reader = JsonReader.of(source);
      reader.setLenient(true);
      try {
        T value = request.decoder().decode(reader);
        return Outcome.succeeded(new ApiResponse<>(status, headers, requestId, value));
      } catch (ErrorInBodyException e) {
        return errorInBody(httpRequest, status, headers, start.toByteArray(), !whole, e, requestId);
      } catch (IOException | RuntimeException e) {
        if (counted != null && counted.exceeded()) {
          return tooLarge(httpRequest, call, status, requestId);
        }
        if (lostConnection(e, source)) {
          throw (IOException) e; // the connection failed mid-body: not the vendor's JSON at fault
        }
        String path = jsonPath(e, reader);
        byte[] kept = start.toByteArray();
        ErrorInBodyException inBody = whole ? errorInUndecodable(request.decoder(), kept) : null;
        if (inBody != null) {
          return errorInBody(httpRequest, status, headers, kept, false, inBody, requestId);
        }
        return Outcome.failed(decodingFailure(httpRequest, status, requestId, kept, path, e), false, null);
      }
    } catch (BodySource.TooLarge e) {
      return tooLarge(httpRequest, call, status, requestId);
    } finally {
      // Hands what the decoder left unread (a trailing newline, say) back to Okio's segment pool;
      // a dropped buffer's segments are garbage instead.
      source.getBuffer().clear();
    }
  }

  private ResponseDecodingException decodingFailure(Request httpRequest, int status, @Nullable String requestId,
      byte[] start, String path, Throwable e) {
    String excerpt = excerpt(start);
    String message = "Could not decode the response to " + describe(httpRequest) + " (HTTP " + status
        + ") at " + Text.quote(path, 200) + ": " + Text.quote(redactor.redact(String.valueOf(e.getMessage())), 500)
        + "; body starts: " + Text.quote(excerpt, EXCERPT_CHARS);
    return new ResponseDecodingException(message, status, path, excerpt, redactor.redact(requestId), safeCause(e));
  }

  /** Drops the connection (cancelling stops OkHttp from draining the rest) and reports the limit. */
  private <T> Outcome<T> tooLarge(Request httpRequest, Call call, int status, @Nullable String requestId) {
    call.cancel();
    long limit = config.maxResponseBytes();
    String message = "The response to " + describe(httpRequest) + " (HTTP " + status + ") is larger than "
        + limit + " bytes (maxResponseBytes); stopped reading and dropped the connection"
        + (requestId == null ? "" : " (request id: " + Text.quote(redactor.redact(requestId), 100) + ")");
    return Outcome.failed(
        new ResponseTooLargeException(message, status, limit, redactor.redact(requestId)), false, null);
  }

  private <T> Outcome<T> onFailure(Request httpRequest, Call call, IOException e) {
    if (isClosed()) {
      // The dispatcher refuses work after close(): not the vendor's fault, and not to be retried.
      return Outcome.failed(closedException(e), false, null);
    }
    // OkHttp's call timeout also cancels the call, so a timeout is recognised before a cancel.
    if (call.isCanceled() && !isTimeout(e)) {
      return Outcome.failed(
          new ApiConnectionException("Cancelled: " + describe(httpRequest), safeCause(e)), false, null);
    }
    boolean connectFailed = e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || isConnectTimeout(e);
    String detail = Text.quote(redactor.redact(String.valueOf(e.getMessage())), 300);
    ActiveCallsException failure = isTimeout(e)
        ? new ApiTimeoutException("Timed out: " + describe(httpRequest) + " (" + detail + ")", safeCause(e))
        : new ApiConnectionException(
            "Connection failed: " + describe(httpRequest) + " (" + e.getClass().getSimpleName() + ": "
                + detail + ")", safeCause(e));
    boolean retryable = config.retryPolicy().isRetryableFailure(httpRequest.method(), !connectFailed);
    // Only a request that may have reached the server can have done its work unseen.
    return connectFailed ? Outcome.failed(failure, retryable, null) : Outcome.unanswered(failure, retryable);
  }

  private <T> Outcome<T> errorInBody(Request httpRequest, int status, Headers headers, byte[] start, boolean cut,
      ErrorInBodyException e, @Nullable String requestId) {
    String text = new String(start, StandardCharsets.UTF_8);
    ApiException error =
        apiException(httpRequest, status, headers, text, cut, e.details(), requestId, e.classifyAs());
    return Outcome.failed(error, config.retryPolicy().isRetryable(httpRequest.method(), e.classifyAs()), error);
  }

  /**
   * Returns {@code e} if its message is safe to show (bounded, no control characters, no secret),
   * else a copy of the same kind with a safe message and the same stack trace, so a logged cause
   * cannot leak what the exception's own message hides.
   */
  private Throwable safeCause(Throwable e) {
    String message = e.getMessage();
    if (message == null) {
      return e;
    }
    String safe = Text.quote(redactor.redact(message), 500);
    if (safe.equals(message)) {
      return e;
    }
    Throwable copy = e instanceof JsonDataException ? new JsonDataException(safe)
        : e instanceof IOException ? new IOException(e.getClass().getName() + ": " + safe)
        : new RuntimeException(e.getClass().getName() + ": " + safe);
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** Returns the error an undecodable body reports after all, or null if it reports none. */
  private static @Nullable ErrorInBodyException errorInUndecodable(ResponseDecoder<?> decoder, byte[] body) {
    JsonReader again = JsonReader.of(new Buffer().write(body));
    again.setLenient(true);
    try {
      decoder.rejectErrorBody(again);
      return null;
    } catch (ErrorInBodyException e) {
      return e;
    } catch (IOException | RuntimeException e) {
      return null; // not even the error fields can be read: the decoding failure says more
    }
  }

  /**
   * Whether a decoder failed because the connection did, not the JSON. The JSON reader's own I/O
   * failures are a syntax error ({@link JsonEncodingException}) and the end of the input ({@link
   * EOFException}); no decoder throws any other. But some of OkHttp's sources report a lost
   * connection as an {@code EOFException} too, so that one is told apart by reading on: a body
   * that ended ends again, a broken connection fails again.
   */
  private static boolean lostConnection(Throwable e, BufferedSource source) {
    if (!(e instanceof IOException) || e instanceof JsonEncodingException) {
      return false;
    }
    if (!(e instanceof EOFException)) {
      return true;
    }
    try {
      source.exhausted();
      return false;
    } catch (IOException again) {
      return true;
    }
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  private static boolean isConnectTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        && e.getMessage() != null
        && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect");
  }

  /** Returns how long to wait before retry number {@code retry}, or null to give up. */
  private @Nullable Duration nextWait(Outcome<?> outcome, int retry, int maxRetries) {
    if (!outcome.retryable() || retry > maxRetries) {
      return null;
    }
    RetryPolicy policy = config.retryPolicy();
    ApiException apiError = outcome.apiError();
    Duration requested = apiError == null ? null : apiError.retryAfter().orElse(null);
    if (requested != null) {
      return requested.compareTo(policy.maxRetryAfter()) > 0 ? null : requested;
    }
    return policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
  }

  private ApiException apiException(
      Request httpRequest,
      int status,
      Headers headers,
      String body,
      boolean bodyCut,
      ErrorDetails details,
      @Nullable String headerRequestId,
      int classifyAs) {
    Duration retryAfter = RetryAfter.from(headers, config.clock());
    ApiError error = new ApiError(
        httpRequest.method(),
        httpRequest.url().encodedPath(),
        status,
        redactor.redact(headers),
        redactor.redact(body, bodyCut),
        redactor.redact(details.code()),
        redactor.redact(details.message()),
        redactor.redact(headerRequestId != null ? headerRequestId : details.requestId()),
        retryAfter != null ? retryAfter : details.retryAfter());
    return ApiException.of(error, classifyAs);
  }

  private ErrorDetails safeParse(String body) {
    try {
      return errorParser.parse(body);
    } catch (RuntimeException e) {
      return ErrorDetails.NONE; // a parser bug must not hide the vendor's status
    }
  }

  private static @Nullable String requestIdHeader(Headers headers) {
    String id = headers.get("x-request-id");
    return id != null ? id : headers.get("request-id");
  }

  /** Returns the first {@value #EXCERPT_CHARS} characters of the body, without the secrets. */
  private String excerpt(byte[] start) {
    String text = new String(start, 0, Math.min(start.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
    if (text.length() <= EXCERPT_CHARS && start.length <= EXCERPT_CHARS * 4) {
      return Objects.requireNonNull(redactor.redact(text));
    }
    int keep = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
    return redactor.redact(text.substring(0, keep), true) + "...";
  }

  /** Moshi names the failing path in its message; the reader has usually moved past it. */
  private static String jsonPath(Throwable e, JsonReader reader) {
    String message = e.getMessage();
    if (message != null) {
      Matcher matcher = PATH_IN_MESSAGE.matcher(message);
      String last = null;
      while (matcher.find()) {
        last = matcher.group(1);
      }
      if (last != null) {
        return last;
      }
    }
    return reader.getPath();
  }

  /** The request for an exception message: the method and the path, phone numbers masked. */
  private static String describe(Request httpRequest) {
    return httpRequest.method() + ' ' + Text.quote(PhoneMask.path(httpRequest.url().encodedPath()), 300);
  }

  /**
   * Logs one attempt as {@code GET /path -> 200 in 12 ms (attempt 1, request id abc)}. The path is
   * shown without its query (filters may name a caller) and with phone numbers masked ({@link
   * PhoneMask}); the request id lets the line be matched with the vendor's logs. The line is built
   * here, with no parameters left for the backend: {@code MessageFormat}, which both JUL and SLF4J's
   * bridge apply to parameters, would write 1234 ms as {@code 1,234} or {@code 1.234} by locale.
   */
  private void log(Request httpRequest, Outcome<?> outcome, long startedNanos, int attempt) {
    if (!LOG.isLoggable(Level.DEBUG)) {
      return;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    String result;
    if (outcome.response() != null) {
      result = String.valueOf(outcome.response().statusCode());
    } else if (outcome.apiError() != null) {
      result = String.valueOf(outcome.apiError().statusCode());
    } else {
      result = "failed (" + outcome.failure().getClass().getSimpleName() + ")";
    }
    String path = PhoneMask.path(Objects.requireNonNull(redactor.redact(httpRequest.url().encodedPath())));
    String requestId = requestIdOf(outcome);
    String shownId = requestId == null ? "none" : Text.quote(redactor.redact(requestId), 100);
    LOG.log(Level.DEBUG, httpRequest.method() + ' ' + Text.quote(path, 300) + " -> " + result + " in "
        + millis + " ms (attempt " + attempt + ", request id " + shownId + ")");
  }

  /** Returns the vendor's request id of the answer the attempt got, or null for none. */
  private static @Nullable String requestIdOf(Outcome<?> outcome) {
    if (outcome.response() != null) {
      return outcome.response().requestId();
    }
    RuntimeException failure = outcome.failure();
    if (failure instanceof ApiException e) {
      return e.requestId();
    } else if (failure instanceof ResponseDecodingException e) {
      return e.requestId();
    } else if (failure instanceof ResponseTooLargeException e) {
      return e.requestId();
    }
    return null; // no answer came
  }

  /**
   * The result of one attempt: a response, or a failure and whether it may be retried; {@code
   * unanswered} when no answer came (an I/O failure or a timeout) after the connection was made,
   * so the request may or may not have reached the server.
   */
  private record Outcome<T>(
      @Nullable ApiResponse<T> response,
      @Nullable RuntimeException failure,
      boolean retryable,
      @Nullable ApiException apiError,
      boolean unanswered) {

    static <T> Outcome<T> succeeded(ApiResponse<T> response) {
      return new Outcome<>(response, null, false, null, false);
    }

    static <T> Outcome<T> failed(RuntimeException failure, boolean retryable, @Nullable ApiException apiError) {
      return new Outcome<>(null, failure, retryable, apiError, false);
    }

    static <T> Outcome<T> unanswered(RuntimeException failure, boolean retryable) {
      return new Outcome<>(null, failure, retryable, null, true);
    }

    @Override
    public RuntimeException failure() {
      if (failure == null) {
        throw new IllegalStateException("succeeded");
      }
      return failure;
    }
  }

  /** One asynchronous call: its attempts, the call in flight, and the future they complete. */
  private final class AsyncExecution<T> {
    final CompletableFuture<ApiResponse<T>> result = Futures.cancelling(this::cancel);
    private final ApiRequest<T> request;
    private final Request httpRequest;
    private final RequestOptions options;
    private final int maxRetries;
    private volatile @Nullable Call inFlight;
    /** Whether an earlier attempt got no answer; attempts run one after another. */
    private volatile boolean unansweredBefore;

    AsyncExecution(ApiRequest<T> request, Request httpRequest, RequestOptions options) {
      this.request = request;
      this.httpRequest = httpRequest;
      this.options = options;
      this.maxRetries = maxRetries(options);
    }

    void start(int attempt) {
      if (result.isDone()) {
        return;
      }
      if (isClosed()) {
        result.completeExceptionally(closedException(null)); // a retry due after close()
        return;
      }
      Call call = newCall(httpRequest, options);
      inFlight = call;
      if (result.isDone()) {
        return; // cancelled between the check and the assignment; cancel() may have missed it
      }
      long started = System.nanoTime();
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          Outcome<T> outcome;
          try (response) {
            outcome = HttpPipeline.this.onResponse(request, httpRequest, call, response);
          } catch (IOException e) {
            outcome = HttpPipeline.this.onFailure(httpRequest, call, e);
          } catch (RuntimeException | Error e) {
            // Anything escaping here would leave the future incomplete forever.
            result.completeExceptionally(e);
            return;
          } finally {
            afterAttempt();
          }
          finish(outcome, started, attempt);
        }

        @Override
        public void onFailure(Call call, IOException e) {
          afterAttempt();
          finish(HttpPipeline.this.<T>onFailure(httpRequest, call, e), started, attempt);
        }
      });
    }

    void cancel() {
      Call call = inFlight;
      if (call != null) {
        call.cancel();
      }
    }

    private void finish(Outcome<T> attemptOutcome, long started, int attempt) {
      Outcome<T> outcome = goneOnRetry(request, attemptOutcome, unansweredBefore);
      if (outcome.unanswered()) {
        unansweredBefore = true;
      }
      log(httpRequest, outcome, started, attempt);
      if (outcome.response() != null) {
        result.complete(outcome.response());
        return;
      }
      Duration wait = result.isDone() ? null : nextWait(outcome, attempt, maxRetries);
      if (wait == null) {
        result.completeExceptionally(outcome.failure());
        return;
      }
      config.sleeper().schedule(wait, () -> start(attempt + 1));
    }
  }

  /**
   * The request bodies' media type, parsed on the first request with a body rather than with the
   * first client: OkHttp's media-type parser costs a cold start about 4 ms.
   */
  private static final class JsonType {
    static final MediaType VALUE = MediaType.get("application/json; charset=utf-8");
  }
}
