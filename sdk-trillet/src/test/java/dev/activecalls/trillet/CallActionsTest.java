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
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code end} and {@code insights} end to end against MockWebServer: what is sent, what comes
 * back in each view, and which failures are retried (an end is an action: only after a 429 or a
 * connection never made).
 */
class CallActionsTest {
  private static final String NOT_FOUND_BODY =
      "{\"statusCode\":404,\"message\":\"Active call not found\",\"error\":\"Not Found\"}";
  private static final String ENDED_AT = "2024-06-01T10:05:00Z";

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
    assertThat(request.getHeaders().values("x-api-key")).containsExactly(API_KEY);
    assertThat(request.getHeaders().values("x-workspace-id")).containsExactly(WORKSPACE_ID);
  }

  private static MockResponse withRequestId(MockResponse response, String requestId) {
    return new MockResponse.Builder(response).setHeader("x-request-id", requestId).build();
  }

  private static <T> T done(CompletableFuture<T> future) throws Exception {
    return future.get(5, TimeUnit.SECONDS);
  }

  // --- end: what is sent ---

  @Test
  void endSendsAnEmptyPostWithBothHeaders() throws Exception {
    server.enqueue(ok(fixture("end-seed.json")));

    EndedCall ended = calls().end("call-abc123");

    assertThat(ended).isEqualTo(
        new EndedCall("call-abc123", Instant.parse(ENDED_AT), "Call ended successfully"));
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123/end-call");
    assertAuthenticated(request);
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("User-Agent")).matches("activecalls-java/\\S+ trillet Java/\\S+");
  }

  static Stream<Arguments> roomNames() {
    return Stream.of(
        Arguments.of("call-_+14155551234_AbC123", "call-_%2B14155551234_AbC123"),
        Arguments.of("a/b", "a%2Fb"),
        Arguments.of("room with space", "room%20with%20space"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("roomNames")
  void bothVerbsSendTheRoomNameAsOneEncodedSegment(String roomName, String encoded) throws Exception {
    server.enqueue(ok(fixture("end-seed.json")));
    server.enqueue(ok(fixture("insights-seed.json")));

    calls().end(roomName);
    calls().insights(roomName);

    RecordedRequest end = take();
    assertThat(end.getTarget()).isEqualTo("/v2/api/active-calls/" + encoded + "/end-call");
    assertThat(end.getUrl().pathSegments())
        .containsExactly("v2", "api", "active-calls", roomName, "end-call");
    RecordedRequest insights = take();
    assertThat(insights.getMethod()).isEqualTo("GET");
    assertThat(insights.getTarget()).isEqualTo("/v2/api/active-calls/" + encoded + "/insights");
    assertThat(insights.getUrl().pathSegments())
        .containsExactly("v2", "api", "active-calls", roomName, "insights");
    assertAuthenticated(insights);
  }

  // --- end: what comes back ---

  @Test
  void endToleratesUnknownFieldsAndNoMessage() {
    server.enqueue(ok(fixture("end-nasty.json")));

    EndedCall ended = calls().end("call-_+14155551234_AbC123");

    assertThat(ended.roomName()).isEqualTo("call-_+14155551234_AbC123");
    assertThat(ended.endTime()).isEqualTo(Instant.parse(ENDED_AT));
    assertThat(ended.message()).isNull();
  }

  @Test
  void endOfACallThatIsNotLiveIsNotFoundWithTrilletsMessage() {
    server.enqueue(withRequestId(json(404, NOT_FOUND_BODY), "req-9"));

    Throwable e = catchThrowable(() -> calls().end("call-gone"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    NotFoundException notFound = (NotFoundException) e;
    assertThat(notFound.vendorMessage()).isEqualTo("Active call not found");
    assertThat(notFound.requestId()).isEqualTo("req-9");
    assertThat(notFound.getMessage()).isEqualTo(
        "HTTP 404 from POST /v2/api/active-calls/call-gone/end-call: Active call not found"
            + " (request id: req-9)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void successFalseInA200IsAnErrorWithTheVendorsWords() {
    server.enqueue(ok("{\"success\":false,\"message\":\"Room is not active\",\"code\":\"ROOM_INACTIVE\"}"));
    server.enqueue(ok("{\"success\":false,\"error\":{\"code\":\"E42\",\"message\":\"Could not end\"},"
        + "\"roomName\":{\"odd\":true}}"));

    Throwable first = catchThrowable(() -> calls().end("call-abc123"));
    Throwable second = catchThrowable(() -> calls().end("call-abc123"));

    assertThat(first).isInstanceOf(UnexpectedStatusException.class);
    ApiException inactive = (ApiException) first;
    assertThat(inactive.statusCode()).isEqualTo(200);
    assertThat(inactive.vendorMessage()).isEqualTo("Room is not active");
    assertThat(inactive.errorCode()).isEqualTo("ROOM_INACTIVE");
    // A field of an unexpected type does not hide the error the body reports.
    assertThat(second).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) second).vendorMessage()).isEqualTo("Could not end");
    assertThat(((ApiException) second).errorCode()).isEqualTo("E42");
    assertThat(server.getRequestCount()).as("never retried").isEqualTo(2);
  }

  @Test
  void endWithoutEndTimeIsADecodingFailureNamingIt() {
    server.enqueue(ok("{\"success\":true,\"roomName\":\"call-abc123\"}"));

    Throwable e = catchThrowable(() -> calls().end("call-abc123"));

    assertThat(e).isInstanceOf(ResponseDecodingException.class);
    assertThat(((ResponseDecodingException) e).jsonPath()).isEqualTo("$.endTime");
  }

  // --- end: retries follow the action rule ---

  @Test
  void endIsRetriedAfterA429() throws Exception {
    server.enqueue(new MockResponse.Builder(json(429, "{\"message\":\"Too many requests\"}"))
        .setHeader("Retry-After", "2").build());
    server.enqueue(ok(fixture("end-seed.json")));

    EndedCall ended = calls().end("call-abc123");

    assertThat(ended.roomName()).isEqualTo("call-abc123");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    assertAuthenticated(take());
    RecordedRequest retry = take();
    assertThat(retry.getMethod()).isEqualTo("POST");
    assertAuthenticated(retry);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void endIsNotRetriedAfterAnAnswerThatMayFollowTheAction(int status) {
    server.enqueue(json(status, "{\"message\":\"busy\"}"));
    server.enqueue(ok(fixture("end-seed.json"))); // never asked for: the call may have ended

    Throwable e = catchThrowable(() -> calls().end("call-abc123"));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(((ApiException) e).statusCode()).isEqualTo(status);
    if (status >= 500) {
      assertThat(e).isInstanceOf(InternalServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  /** The two answers OkHttp itself would resend: the end still reaches Trillet once. */
  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void endIsNotResentByOkHttpAfterRetryAfterZero(int status) throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder(json(status, "{\"message\":\"busy\"}"))
          .setHeader("Retry-After", "0").build());
    }
    server.enqueue(ok(fixture("end-seed.json"))); // never asked for: the call may have ended

    Throwable e = catchThrowable(() -> calls().end("call-abc123"));
    Throwable async = catchThrowable(() -> done(asyncCalls().end("call-abc123")));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(((ApiException) e).statusCode()).isEqualTo(status);
    assertThat(async).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void endIsNotRetriedWhenTheConnectionDropsAfterTheRequestWasSent() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok(fixture("end-seed.json")));

    Throwable e = catchThrowable(() -> calls().end("call-abc123"));

    assertThat(e).isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("POST /v2/api/active-calls/call-abc123/end-call");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void endIsNotRetriedAfterATimeout() {
    server.enqueue(
        new MockResponse.Builder(ok(fixture("end-seed.json"))).headersDelay(5, TimeUnit.SECONDS).build());
    server.enqueue(ok(fixture("end-seed.json")));

    Throwable e = catchThrowable(() -> calls().end(new EndCallRequest("call-abc123"),
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(e).isInstanceOf(ApiTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void endIsRetriedWhenTheConnectionCouldNotBeMade() {
    String deadUrl = server.url("/").toString();
    server.close();
    try (TrilletClient dead = TrilletClient.builder().apiKey(API_KEY).workspaceId(WORKSPACE_ID)
        .baseUrl(deadUrl).sleeper(sleeper).build()) {
      Throwable e = catchThrowable(() -> dead.activeCalls().end("call-abc123"));

      assertThat(e).isInstanceOf(ApiConnectionException.class);
      assertThat(sleeper.waits()).as("nothing reached a server: safe to try again").hasSize(2);
    }
  }

  // --- insights ---

  @Test
  void insightsDecodeEveryField() throws Exception {
    server.enqueue(ok(fixture("insights-seed.json")));

    CallInsights insights = calls().insights("call-abc123");

    assertThat(insights).isEqualTo(new CallInsights(OpenEnum.of(Sentiment.class, "positive"),
        List.of("account access", "password reset"), "Customer needs help accessing their account.",
        List.of("Offer a password reset link", "Verify the customer's identity")));
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123/insights");
    assertAuthenticated(request);
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void insightsTolerateNullListsUnknownFieldsAndUnknownSentiments() {
    server.enqueue(ok(fixture("insights-nasty.json")));
    server.enqueue(ok(fixture("insights-minimal.json")));

    CallInsights nasty = calls().insights("call-abc123");
    CallInsights minimal = calls().insights("call-abc123");

    assertThat(nasty.sentiment()).isNotNull();
    assertThat(nasty.sentiment().isKnown()).isFalse();
    assertThat(nasty.sentiment().raw()).isEqualTo("frustrated");
    assertThat(nasty.topics()).isEmpty();
    assertThat(nasty.summary()).isNull();
    assertThat(nasty.suggestions()).containsExactly("Escalate", "", "Apologise \u2014 twice");
    assertThat(minimal).isEqualTo(new CallInsights(null, List.of(), null, List.of()));
    assertThatThrownBy(() -> minimal.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void insightsWithANullTopicFailWithItsPath() {
    server.enqueue(ok("{\"topics\":[\"billing\",null]}"));

    Throwable e = catchThrowable(() -> calls().insights("call-abc123"));

    assertThat(e).isInstanceOf(ResponseDecodingException.class);
    assertThat(((ResponseDecodingException) e).jsonPath()).isEqualTo("$.topics[1]");
  }

  @Test
  void insightsOfACallThatIsNotLiveAreNotFound() {
    server.enqueue(json(404, NOT_FOUND_BODY));

    Throwable e = catchThrowable(() -> calls().insights("call-gone"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) e).vendorMessage()).isEqualTo("Active call not found");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void insightsAreARetriedRead() {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(408, "{\"message\":\"slow\"}"));
    server.enqueue(ok(fixture("insights-seed.json")));

    assertThat(calls().insights("call-abc123").summary()).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  // --- every view, every form ---

  @Test
  void everyViewEndsAndReadsInsights() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(withRequestId(ok(fixture("end-seed.json")), "e" + i));
      server.enqueue(withRequestId(ok(fixture("insights-seed.json")), "i" + i));
    }
    RequestOptions traced = RequestOptions.builder().header("X-Trace", "t-1").build();

    EndedCall blocking = calls().end(new EndCallRequest("call-abc123"));
    CallInsights blockingInsights = calls().insights(new InsightsRequest("call-abc123"), traced);
    EndedCall async = done(asyncCalls().end("call-abc123"));
    CallInsights asyncInsights = done(asyncCalls().insights("call-abc123"));
    ApiResponse<EndedCall> raw = calls().withRawResponse().end(new EndCallRequest("call-abc123"), traced);
    ApiResponse<CallInsights> rawInsights = calls().withRawResponse().insights("call-abc123");
    ApiResponse<EndedCall> asyncRaw = done(asyncCalls().withRawResponse().end("call-abc123"));
    ApiResponse<CallInsights> asyncRawInsights =
        done(asyncCalls().withRawResponse().insights(new InsightsRequest("call-abc123")));

    EndedCall expected = new EndedCall("call-abc123", Instant.parse(ENDED_AT), "Call ended successfully");
    assertThat(List.of(blocking, async, raw.body(), asyncRaw.body())).containsOnly(expected);
    assertThat(List.of(blockingInsights, asyncInsights, rawInsights.body(), asyncRawInsights.body()))
        .extracting(CallInsights::sentiment).containsOnly(OpenEnum.of(Sentiment.class, "positive"));
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).isEqualTo("e2");
    assertThat(rawInsights.requestId()).isEqualTo("i2");
    assertThat(asyncRaw.requestId()).isEqualTo("e3");
    assertThat(asyncRawInsights.requestId()).isEqualTo("i3");
    for (int i = 0; i < 4; i++) {
      RecordedRequest end = take();
      assertThat(end.getMethod()).isEqualTo("POST");
      assertThat(end.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123/end-call");
      assertAuthenticated(end);
      RecordedRequest insights = take();
      assertThat(insights.getTarget()).isEqualTo("/v2/api/active-calls/call-abc123/insights");
      assertAuthenticated(insights);
      if (i == 0) {
        assertThat(insights.getHeaders().get("X-Trace")).isEqualTo("t-1");
      }
    }
  }

  @Test
  void asyncFailuresCompleteTheFuture() {
    server.enqueue(json(404, NOT_FOUND_BODY));
    server.enqueue(json(404, NOT_FOUND_BODY));

    CompletableFuture<EndedCall> end = asyncCalls().end("call-gone");
    CompletableFuture<ApiResponse<CallInsights>> insights =
        asyncCalls().withRawResponse().insights("call-gone");

    for (CompletableFuture<?> future : List.of(end, insights)) {
      Throwable thrown = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
      assertThat(thrown).isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class);
    }
  }

  // --- bad input never leaves the process ---

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", ".."})
  void badRoomNamesAreRefusedInEveryViewBeforeAnyRequest(String roomName) {
    List<Consumer<String>> verbs = List.of(
        name -> calls().end(name),
        name -> calls().insights(name),
        name -> asyncCalls().end(name),
        name -> asyncCalls().insights(name),
        name -> calls().withRawResponse().end(name),
        name -> calls().withRawResponse().insights(name),
        name -> asyncCalls().withRawResponse().end(name),
        name -> asyncCalls().withRawResponse().insights(name));
    for (Consumer<String> verb : verbs) {
      assertThatThrownBy(() -> verb.accept(roomName)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("roomName ");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void typedRequestsCheckExactlyAsGetDoes() {
    String tooLong = RoomNameEncodingTest.NAME_257_BYTES;
    for (String bad : new String[] {null, " ", "..", tooLong, "a\uD800b"}) {
      String expected = catchThrowable(() -> new GetActiveCallRequest(bad)).getMessage();
      assertThat(expected).startsWith("roomName");
      assertThatThrownBy(() -> new EndCallRequest(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> new InsightsRequest(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected);
    }
    assertThat(new EndCallRequest(" padded ").roomName()).isEqualTo(" padded ");
    assertThat(new InsightsRequest("call-abc123")).isEqualTo(new InsightsRequest("call-abc123"));
    assertThatThrownBy(() -> calls().end((EndCallRequest) null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
