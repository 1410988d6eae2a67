package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.API_KEY;
import static dev.activecalls.trillet.Fixtures.WORKSPACE_ID;
import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.json;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.BadRequestException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.PermissionDeniedException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two endpoints end to end against MockWebServer: what is sent, what comes back, failures. */
class ActiveCallsServiceTest {
  private static final String NOT_FOUND_BODY =
      "{\"statusCode\":404,\"message\":\"Active call not found\",\"error\":\"Not Found\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TrilletClient client;

  private ActiveCallsService calls() {
    if (client == null) {
      client = Fixtures.client(server, sleeper);
    }
    return client.activeCalls();
  }

  private ActiveCallsServiceAsync asyncCalls() {
    calls();
    return client.async().activeCalls();
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request received").isNotNull();
    return request;
  }

  private static void assertAuthenticated(RecordedRequest request) {
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("x-workspace-id")).isEqualTo(WORKSPACE_ID);
    assertThat(request.getHeaders().values("x-api-key")).hasSize(1);
    assertThat(request.getHeaders().values("x-workspace-id")).hasSize(1);
  }

  private static <T> Throwable failureOf(CompletableFuture<T> future) {
    Throwable thrown = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    return thrown.getCause();
  }

  // --- what is sent ---

  @Test
  void listSendsGetWithBothHeaders() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));

    ActiveCallList list = calls().list();

    assertThat(list.data()).extracting(ActiveCall::roomName).containsExactly("call-abc123");
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls");
    assertThat(request.getUrl().query()).isNull();
    assertAuthenticated(request);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).matches("activecalls-java/\\S+ trillet Java/\\S+");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void getSendsTheRoomNameAsOneSegment() throws Exception {
    server.enqueue(ok(fixture("details-seed.json")));

    ActiveCallDetails details = calls().get("call-abc123");

    assertThat(details.roomName()).isEqualTo("call-abc123");
    assertThat(details.transcript()).hasSize(2);
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123");
    assertAuthenticated(request);
  }

  @Test
  void baseUrlWithAPathPrefixKeepsIt() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    try (TrilletClient prefixed = Fixtures.builder(server, sleeper)
        .baseUrl(server.url("/proxy/trillet/").toString()).build()) {
      prefixed.activeCalls().list();
    }

    assertThat(take().getTarget()).isEqualTo("/proxy/trillet/v2/api/active-calls");
  }

  @Test
  void requestRecordOverloadsSendTheSameRequest() throws Exception {
    server.enqueue(ok(fixture("details-seed.json")));
    server.enqueue(ok(fixture("details-seed.json")));

    assertThat(calls().get(new GetActiveCallRequest("room with space")).id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(calls().find(new GetActiveCallRequest("room with space"), RequestOptions.none())).isPresent();

    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/room%20with%20space");
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/room%20with%20space");
  }

  @Test
  void requestOptionsAddHeadersButCannotReplaceCredentials() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));

    calls().list(RequestOptions.builder()
        .header("X-Trace", "t-1")
        .header("x-api-key", "someone-else")
        .build());

    RecordedRequest request = take();
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertAuthenticated(request);
  }

  // --- not found ---

  @Test
  void getThrowsNotFoundWithWhatTrilletSaid() throws Exception {
    server.enqueue(new MockResponse.Builder(json(404, NOT_FOUND_BODY)).setHeader("x-request-id", "req-404").build());

    NotFoundException e = (NotFoundException) catchThrowable(() -> calls().get("call-gone"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.vendorMessage()).isEqualTo("Active call not found");
    assertThat(e.requestId()).isEqualTo("req-404");
    assertThat(e.body()).isEqualTo(NOT_FOUND_BODY);
    assertThat(e.getMessage())
        .isEqualTo("HTTP 404 from GET /v2/api/active-calls/call-gone: Active call not found (request id: req-404)");
    assertThat(e.getMessage()).doesNotContain(API_KEY, WORKSPACE_ID);
    assertThat(server.getRequestCount()).as("404 is not retried").isEqualTo(1);
  }

  @Test
  void findIsEmptyOn404() throws Exception {
    server.enqueue(json(404, NOT_FOUND_BODY));
    server.enqueue(ok(fixture("details-seed.json")));

    assertThat(calls().find("call-gone")).isEmpty();
    Optional<ActiveCallDetails> found = calls().find("call-abc123");

    assertThat(found).get().extracting(ActiveCallDetails::id).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/call-gone");
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/call-abc123");
  }

  @Test
  void findStillThrowsOtherErrors() {
    server.enqueue(json(401, "{\"message\":\"Invalid API key\"}"));

    assertThatThrownBy(() -> calls().find("call-abc123")).isInstanceOf(AuthenticationException.class);
  }

  // --- error mapping ---

  @Test
  void unauthorizedIsAuthenticationExceptionNotRetried() throws Exception {
    server.enqueue(json(401, "{\"error\":\"Unauthorized\",\"message\":\"Invalid API key\",\"code\":\"INVALID_KEY\"}"));

    Throwable e = catchThrowable(() -> calls().list());

    assertThat(e).isInstanceOf(AuthenticationException.class);
    AuthenticationException auth = (AuthenticationException) e;
    assertThat(auth.statusCode()).isEqualTo(401);
    assertThat(auth.vendorMessage()).isEqualTo("Invalid API key");
    assertThat(auth.errorCode()).isEqualTo("INVALID_KEY");
    assertThat(auth.getMessage()).doesNotContain(API_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void forbiddenIsPermissionDenied() {
    server.enqueue(json(403, "{\"error\":{\"code\":\"WORKSPACE_FORBIDDEN\",\"message\":\"No access to workspace\"}}"));

    Throwable e = catchThrowable(() -> calls().get("call-abc123"));

    assertThat(e).isInstanceOf(PermissionDeniedException.class);
    PermissionDeniedException denied = (PermissionDeniedException) e;
    assertThat(denied.vendorMessage()).isEqualTo("No access to workspace");
    assertThat(denied.errorCode()).isEqualTo("WORKSPACE_FORBIDDEN");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void badRequestCarriesNestJsValidationMessages() {
    server.enqueue(json(400, "{\"statusCode\":400,\"message\":[\"roomName is invalid\",\"too long\"],\"error\":\"Bad Request\"}"));

    Throwable e = catchThrowable(() -> calls().get("x"));

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) e).vendorMessage()).isEqualTo("roomName is invalid; too long");
  }

  @Test
  void rateLimitWithRetryAfterIsRetriedAfterTheRequestedWait() throws Exception {
    server.enqueue(new MockResponse.Builder(json(429, "{\"message\":\"Too many requests\"}"))
        .setHeader("Retry-After", "7").build());
    server.enqueue(ok(fixture("list-seed.json")));

    ActiveCallList list = calls().list();

    assertThat(list.count()).isEqualTo(1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertAuthenticated(take());
    RecordedRequest retry = take();
    assertThat(retry.getTarget()).isEqualTo("/v2/api/active-calls");
    assertAuthenticated(retry);
  }

  @Test
  void rateLimitThatPersistsEndsInRateLimitException() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder(json(429, "{\"message\":\"Slow down\"}"))
          .setHeader("Retry-After", "2").build());
    }

    Throwable e = catchThrowable(() -> calls().get("call-abc123"));

    assertThat(e).isInstanceOf(RateLimitException.class);
    RateLimitException limited = (RateLimitException) e;
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(limited.vendorMessage()).isEqualTo("Slow down");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    for (int i = 0; i < 3; i++) {
      assertAuthenticated(take());
    }
  }

  @Test
  void rateLimitAskingForTooLongFailsAtOnce() {
    server.enqueue(new MockResponse.Builder(json(429, "{\"message\":\"Quota exceeded\"}"))
        .setHeader("Retry-After", "3600").build());

    Throwable e = catchThrowable(() -> calls().list());

    assertThat(e).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofHours(1));
    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorThenSuccessIsRetriedWithBackoff() throws Exception {
    server.enqueue(json(500, "{\"message\":\"Internal server error\"}"));
    server.enqueue(ok(fixture("details-seed.json")));

    ActiveCallDetails details = calls().get("call-abc123");

    assertThat(details.id()).isEqualTo("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(sleeper.waits()).hasSize(1);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertAuthenticated(take());
    RecordedRequest retry = take();
    assertThat(retry.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123");
    assertAuthenticated(retry);
  }

  @Test
  void serverErrorsUntilRetriesRunOutAreInternalServerException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(502, "<html>bad gateway</html>"));
    }

    Throwable e = catchThrowable(() -> calls().list());

    assertThat(e).isInstanceOf(InternalServerException.class);
    InternalServerException error = (InternalServerException) e;
    assertThat(error.statusCode()).isEqualTo(502);
    assertThat(error.vendorMessage()).isNull();
    assertThat(error.getMessage()).contains("HTTP 502 from GET /v2/api/active-calls: <html>bad gateway</html>");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void perCallMaxRetriesZeroDoesNotRetry() {
    server.enqueue(json(503, "{\"message\":\"down\"}"));

    assertThatThrownBy(() -> calls().list(RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- raw responses ---

  @Test
  void rawResponsesCarryStatusHeadersAndRequestId() throws Exception {
    server.enqueue(new MockResponse.Builder(ok(fixture("list-seed.json")))
        .setHeader("x-request-id", "req-list").setHeader("X-RateLimit-Remaining", "59").build());
    server.enqueue(new MockResponse.Builder(ok(fixture("details-seed.json")))
        .setHeader("x-request-id", "req-get").build());
    server.enqueue(new MockResponse.Builder(json(404, NOT_FOUND_BODY)).setHeader("x-request-id", "req-find").build());

    ApiResponse<ActiveCallList> list = calls().withRawResponse().list();
    ApiResponse<ActiveCallDetails> get = calls().withRawResponse().get("call-abc123");
    ApiResponse<Optional<ActiveCallDetails>> find = calls().withRawResponse().find("call-gone");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.requestId()).isEqualTo("req-list");
    assertThat(list.headers().get("X-RateLimit-Remaining")).isEqualTo("59");
    assertThat(list.body().count()).isEqualTo(1);
    assertThat(get.requestId()).isEqualTo("req-get");
    assertThat(get.body().roomName()).isEqualTo("call-abc123");
    assertThat(find.statusCode()).isEqualTo(404);
    assertThat(find.requestId()).isEqualTo("req-find");
    assertThat(find.body()).isEmpty();
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls");
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/call-abc123");
    assertThat(take().getTarget()).isEqualTo("/v2/api/active-calls/call-gone");
  }

  @Test
  void rawAsyncVariants() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("details-seed.json")));
    server.enqueue(json(404, NOT_FOUND_BODY));

    ApiResponse<ActiveCallList> list = asyncCalls().withRawResponse().list().get(5, TimeUnit.SECONDS);
    ApiResponse<ActiveCallDetails> get =
        asyncCalls().withRawResponse().get("call-abc123").get(5, TimeUnit.SECONDS);
    ApiResponse<Optional<ActiveCallDetails>> find =
        asyncCalls().withRawResponse().find(new GetActiveCallRequest("call-gone")).get(5, TimeUnit.SECONDS);

    assertThat(list.body().data()).hasSize(1);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(find.statusCode()).isEqualTo(404);
    assertThat(find.body()).isEmpty();
  }

  // --- async ---

  @Test
  void asyncListGetAndFind() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("details-seed.json")));
    server.enqueue(ok(fixture("details-seed.json")));
    server.enqueue(json(404, NOT_FOUND_BODY));

    ActiveCallList list = asyncCalls().list().get(5, TimeUnit.SECONDS);
    ActiveCallDetails details = asyncCalls().get("call-abc123").get(5, TimeUnit.SECONDS);
    Optional<ActiveCallDetails> found = asyncCalls().find("call-abc123").get(5, TimeUnit.SECONDS);
    Optional<ActiveCallDetails> gone = asyncCalls().find("call-gone").get(5, TimeUnit.SECONDS);

    assertThat(list.data()).extracting(ActiveCall::id).containsExactly("665a1b2c3d4e5f6a7b8c9d0e");
    assertThat(details.transcript()).extracting(TranscriptEntry::content)
        .containsExactly("Hello! How can I help you today?", "I need help with my account.");
    assertThat(found).isPresent();
    assertThat(gone).isEmpty();
    for (String target : List.of("/v2/api/active-calls", "/v2/api/active-calls/call-abc123",
        "/v2/api/active-calls/call-abc123", "/v2/api/active-calls/call-gone")) {
      RecordedRequest request = take();
      assertThat(request.getTarget()).isEqualTo(target);
      assertAuthenticated(request);
    }
  }

  @Test
  void asyncGetFailsWithNotFound() {
    server.enqueue(json(404, NOT_FOUND_BODY));

    Throwable cause = failureOf(asyncCalls().get(new GetActiveCallRequest("call-gone"), RequestOptions.none()));

    assertThat(cause).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) cause).vendorMessage()).isEqualTo("Active call not found");
  }

  @Test
  void asyncDecodingFailureCarriesThePath() {
    server.enqueue(ok("{\"data\": {}, \"count\": 0, \"timestamp\": \"2024-06-01T10:02:25Z\"}"));

    Throwable cause = failureOf(asyncCalls().list());

    assertThat(cause).isInstanceOf(ResponseDecodingException.class);
    assertThat(((ResponseDecodingException) cause).jsonPath()).isEqualTo("$.data");
  }

  @Test
  void asyncRetriesRateLimitWithTheRequestedWaitAndHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder(json(429, "{}")).setHeader("Retry-After", "1").build());
    server.enqueue(ok(fixture("details-seed.json")));

    Optional<ActiveCallDetails> found = asyncCalls().find("call-abc123").get(5, TimeUnit.SECONDS);

    assertThat(found).isPresent();
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertAuthenticated(take());
    assertAuthenticated(take());
  }

  @Test
  void cancellingDuringTheRetryWaitStopsTheRetry() throws Exception {
    sleeper.holdScheduled();
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(ok(fixture("list-seed.json")));

    CompletableFuture<ActiveCallList> future = asyncCalls().list();
    take();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (sleeper.heldCount() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // the 503 arrives on OkHttp's thread; no sleeping, just wait for the hand-off
    }
    assertThat(sleeper.heldCount()).as("retry scheduled").isEqualTo(1);

    assertThat(future.cancel(true)).isTrue();
    sleeper.runHeld();

    assertThat(future).isCancelled();
    assertThatThrownBy(() -> future.get(1, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).as("no retry was sent").isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingInFlightCancelsTheHttpCall() throws Exception {
    AtomicReference<Call> seen = new AtomicReference<>();
    server.enqueue(new MockResponse.Builder(ok(fixture("details-seed.json")))
        .headersDelay(30, TimeUnit.SECONDS).build());
    try (TrilletClient watched = Fixtures.builder(server, sleeper)
        .addInterceptor(chain -> {
          seen.set(chain.call());
          return chain.proceed(chain.request());
        })
        .build()) {
      CompletableFuture<Optional<ActiveCallDetails>> future = watched.async().activeCalls().find("call-abc123");
      take(); // the request is on the wire; the answer is 30 s away

      assertThat(future.cancel(true)).isTrue();

      assertThat(seen.get()).isNotNull();
      assertThat(seen.get().isCanceled()).isTrue();
      assertThat(future).isCancelled();
      assertThat(sleeper.waits()).as("a cancelled call is not retried").isEmpty();
    }
  }

  // --- bad input never leaves the process ---

  @Test
  void invalidRoomNamesAreRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> calls().get("..")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roomName");
    assertThatThrownBy(() -> calls().find(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roomName must not be blank");
    assertThatThrownBy(() -> asyncCalls().get((String) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roomName is required");
    assertThatThrownBy(() -> asyncCalls().find(".")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calls().withRawResponse().get("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void connectionRefusedIsAConnectionErrorAfterRetries() throws Exception {
    String deadUrl = server.url("/").toString();
    server.close();
    try (TrilletClient dead = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID)
        .baseUrl(deadUrl).sleeper(sleeper).build()) {
      Throwable e = catchThrowable(() -> dead.activeCalls().list());

      assertThat(e).isInstanceOf(ApiConnectionException.class);
      assertThat(e.getMessage()).contains("GET /v2/api/active-calls").doesNotContain(API_KEY);
      assertThat(sleeper.waits()).hasSize(2);
    }
  }
}
