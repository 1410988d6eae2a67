package dev.activecalls.core.internal;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.ClientConfig;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.RetryPolicy;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.ResponseTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

  private final ClientConfig config;
  private final ErrorBodyParser errorParser;
  /**
   * The OkHttpClient whose pool and dispatcher this pipeline uses: the supplied one, or the pool
   * owner's own client (with the owner's additions, which a variant drops).
   */
  private final OkHttpClient root;
  /** The pipeline whose close() shuts the pool down: this one, or the one a variant came from. */
  private final HttpPipeline owner;
  private final OkHttpClient http;
  /**
   * Same pool and dispatcher, but OkHttp never silently resends: for non-idempotent methods. Made
   * on the first such call, since a client that only reads never needs it (an OkHttpClient build
   * is about 1 ms of a cold start). Racy but safe: OkHttpClient is immutable, and two threads
   * that both make one get equal clients.
   */
  private @Nullable OkHttpClient httpNoSilentRetry;
  private final boolean ownsHttpClient;
  private final PreparedRequests requests;
  private final Redactor redactor;
  /** Named in the exception every call after {@link #close()} gets, like {@code TrilletClient}. */
  private final String clientName;
  /** A plain volatile, not an AtomicBoolean: only read and set, and one class fewer to load. */
  private volatile boolean closed;
  /**
   * Made with the first failed attempt, so a client that has only succeeded has not loaded it or
   * the exception classes. Racy but safe, as {@link #httpNoSilentRetry}: its fields are final.
   */
  private @Nullable AttemptFailures failures;

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
    this.owner = sharedWith != null ? sharedWith.owner : this;
    this.ownsHttpClient = sharedWith == null && supplied == null;
    this.http = buildHttpClient(startFrom(sharedWith, supplied), config);
    this.root = sharedWith != null ? sharedWith.root : supplied != null ? supplied : http;
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

  /**
   * Returns the builder this pipeline's OkHttpClient starts from: the supplied client's, the
   * pool owner's root without the additions the owner made to it, or a new one. A client of its
   * own is built once, not as {@code new OkHttpClient().newBuilder()}: the copy is about 0.7 ms of
   * a cold start.
   */
  private static OkHttpClient.Builder startFrom(@Nullable HttpPipeline sharedWith, @Nullable OkHttpClient supplied) {
    if (sharedWith == null) {
      return supplied != null ? supplied.newBuilder() : new OkHttpClient.Builder();
    }
    OkHttpClient.Builder builder = sharedWith.root.newBuilder();
    if (sharedWith.owner.ownsHttpClient) {
      // That root is the owner's own client, whose interceptors are all the owner's additions; the
      // variant adds its own, and sets its own timeouts.
      builder.interceptors().clear();
      builder.networkInterceptors().clear();
    }
    return builder;
  }

  private static OkHttpClient buildHttpClient(OkHttpClient.Builder builder, ClientConfig config) {
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
    builder.addNetworkInterceptor(new NetworkHop(config.baseUrl(), config.credentials()));
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
        throw failures().interrupted(httpRequest, e);
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
    return startAsync(request, options, false);
  }

  /**
   * Like {@link #executeAsync}, but the future holds the decoded body alone. One future per call:
   * mapping {@link #executeAsync}'s would add a second, and a stage between them, to every call.
   *
   * @param request the endpoint call
   * @param options per-call overrides
   * @param <T> the result type
   * @return a future of the decoded body, failing with the exceptions {@link #execute} throws
   */
  public <T> CompletableFuture<T> executeAsyncForBody(ApiRequest<T> request, RequestOptions options) {
    return startAsync(request, options, true);
  }

  @SuppressWarnings("unchecked") // the execution completes with the body when bodyOnly, else the response
  private <T, R> CompletableFuture<R> startAsync(ApiRequest<T> request, RequestOptions options, boolean bodyOnly) {
    if (isClosed()) {
      return CompletableFuture.failedFuture(closedException(null));
    }
    AsyncExecution<T> execution = new AsyncExecution<>(request, toHttpRequest(request, options), options, bodyOnly);
    execution.start(1);
    return (CompletableFuture<R>) execution.result;
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
    } catch (RuntimeException e) {
      // Not a NotFoundException handler: the verifier would load the error classes with this one.
      if (e instanceof NotFoundException notFound && request.absent().test(notFound)) {
        return notFound(notFound);
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
    closed = true;
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

  private <T> Outcome<T> onFailure(Request httpRequest, Call call, IOException e) {
    if (isClosed()) {
      // The dispatcher refuses work after close(): not the vendor's fault, and not to be retried.
      return Outcome.failed(closedException(e), false, null);
    }
    return failures().noAnswer(httpRequest, call, e);
  }

  private AttemptFailures failures() {
    AttemptFailures made = failures;
    if (made == null) {
      made = new AttemptFailures(config, errorParser, redactor);
      failures = made;
    }
    return made;
  }

  private boolean isClosed() {
    return closed || owner.closed;
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
    if (owner.ownsHttpClient && owner.closed) {
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
    OkHttpClient client = isRead(httpRequest.method()) ? http : noSilentRetry();
    Call call = client.newCall(httpRequest);
    Duration timeout = options.timeout();
    if (timeout != null) {
      call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    return call;
  }

  private OkHttpClient noSilentRetry() {
    OkHttpClient client = httpNoSilentRetry;
    if (client == null) {
      client = http.newBuilder().retryOnConnectionFailure(false).build();
      httpNoSilentRetry = client;
    }
    return client;
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
      return failures().errorStatus(httpRequest, status, headers, requestId, body.source());
    }
    long length = body.contentLength();
    if (length > limit) {
      return failures().tooLarge(httpRequest, call, status, requestId);
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
      } catch (IOException | RuntimeException e) {
        // One handler, told apart by instanceof: a handler per exception type would have the
        // verifier load each type with this class, at the first client's build.
        if (e instanceof ErrorInBodyException inBody) {
          return failures().errorInBody(httpRequest, status, headers, start.toByteArray(), !whole, inBody, requestId);
        }
        if (counted != null && counted.exceeded()) {
          return failures().tooLarge(httpRequest, call, status, requestId);
        }
        if (lostConnection(e, source)) {
          throw (IOException) e; // the connection failed mid-body: not the vendor's JSON at fault
        }
        return failures().undecodable(
            request.decoder(), httpRequest, status, headers, requestId, start.toByteArray(), whole, e, reader);
      }
    } catch (IOException e) {
      if (e instanceof BodySource.TooLarge) {
        return failures().tooLarge(httpRequest, call, status, requestId);
      }
      throw e;
    } finally {
      // Hands what the decoder left unread (a trailing newline, say) back to Okio's segment pool;
      // a dropped buffer's segments are garbage instead.
      source.getBuffer().clear();
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

  private static @Nullable String requestIdHeader(Headers headers) {
    String id = headers.get("x-request-id");
    return id != null ? id : headers.get("request-id");
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

  /** One asynchronous call: its attempts, the call in flight, and the future they complete. */
  private final class AsyncExecution<T> {
    /** Completes with the {@link ApiResponse}, or with its body alone when {@link #bodyOnly}. */
    final CompletableFuture<Object> result = Futures.cancelling(this::cancel);
    private final ApiRequest<T> request;
    private final Request httpRequest;
    private final RequestOptions options;
    private final boolean bodyOnly;
    private final int maxRetries;
    private volatile @Nullable Call inFlight;
    /** Whether an earlier attempt got no answer; attempts run one after another. */
    private volatile boolean unansweredBefore;

    AsyncExecution(ApiRequest<T> request, Request httpRequest, RequestOptions options, boolean bodyOnly) {
      this.request = request;
      this.httpRequest = httpRequest;
      this.options = options;
      this.bodyOnly = bodyOnly;
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
      ApiResponse<T> response = outcome.response();
      if (response != null) {
        result.complete(bodyOnly ? response.body() : response);
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
