package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonDataException;
import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.PermissionDeniedException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end against MockWebServer: what Talkover receives, and what the caller gets back. */
class ActiveCallsServiceTest {
  private static final String TOKEN = "talq_test_token_123";
  private static final String AGENT = "agent-uuid";
  private static final String PHONE = "+15551234567";
  private static final String PATH = "/api/v1/agents/agent-uuid/active-call/%2B15551234567";
  /** The path as exception messages show it: applications log them, so the number is masked. */
  private static final String SHOWN_PATH = "/api/v1/agents/agent-uuid/active-call/%2B1555***4567";
  private static final String EMPTY = "{\"success\": true, \"data\": []}";

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TalkoverClient client;
  private ActiveCallsService calls;
  private ActiveCallsServiceAsync asyncCalls;

  @BeforeEach
  void setUp() {
    client = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).sleeper(sleeper).build();
    calls = client.activeCalls();
    asyncCalls = client.async().activeCalls();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void enqueue(int status, String body) {
    server.enqueue(json(status, body).build());
  }

  private static MockResponse.Builder json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  // ---- the seed's example, the request line, the headers

  @Test
  void seedExampleFieldByFieldAndTheExactRequest() throws Exception {
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    List<ActiveCall> result = calls.listByPhone(AGENT, PHONE);

    assertThat(result).containsExactly(new ActiveCall(
        "call-uuid-1",
        "agent-uuid",
        "+15551234567",
        dev.activecalls.core.OpenEnum.of(CallStatus.class, "answered"),
        Instant.parse("2024-01-15T11:00:00Z"),
        Duration.ofSeconds(42)));
    ActiveCall call = result.get(0);
    assertThat(call.id()).isEqualTo("call-uuid-1");
    assertThat(call.agentId()).isEqualTo("agent-uuid");
    assertThat(call.to()).isEqualTo("+15551234567");
    assertThat(call.status().is(CallStatus.ANSWERED)).isTrue();
    assertThat(call.status().raw()).isEqualTo("answered");
    assertThat(call.startedAt()).isEqualTo(Instant.parse("2024-01-15T11:00:00Z"));
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(42));

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo(PATH); // exactly what went over the wire
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().values("Authorization")).hasSize(1);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("activecalls-java/").contains(" talkover Java/");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void rawResponseCarriesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(json(200, Fixtures.read("seed-004-active-call.json"))
        .setHeader("x-request-id", "req-200").setHeader("X-RateLimit-Remaining", "59").build());

    ApiResponse<List<ActiveCall>> response = calls.withRawResponse().listByPhone(AGENT, PHONE);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("req-200");
    assertThat(response.headers().get("X-RateLimit-Remaining")).isEqualTo("59");
    assertThat(response.body()).extracting(ActiveCall::id).containsExactly("call-uuid-1");
    assertThat(take().getTarget()).isEqualTo(PATH);
  }

  @Test
  void severalCallsAreAllListedAndFindPicksTheLatestStarted() throws Exception {
    enqueue(200, Fixtures.read("several-calls.json"));
    enqueue(200, Fixtures.read("several-calls.json"));
    enqueue(200, Fixtures.read("several-calls.json"));

    assertThat(calls.listByPhone(AGENT, PHONE)).extracting(ActiveCall::id)
        .containsExactly("call-older", "call-latest", "call-middle");
    Optional<ActiveCall> latest = calls.findByPhone(AGENT, PHONE);
    assertThat(latest).map(ActiveCall::id).contains("call-latest");
    assertThat(latest).map(ActiveCall::startedAt).contains(Instant.parse("2025-09-03T23:24:10.250Z"));
    ApiResponse<Optional<ActiveCall>> raw = calls.withRawResponse().findByPhone(AGENT, PHONE);
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).map(ActiveCall::id).contains("call-latest");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void findKeepsTalkoversOrderBetweenEqualStartTimes() {
    String body = "{\"success\": true, \"data\": ["
        + call("first", "2025-01-01T10:00:00Z") + ", " + call("second", "2025-01-01T10:00:00.000000Z") + "]}";
    enqueue(200, body);

    assertThat(calls.findByPhone(AGENT, PHONE)).map(ActiveCall::id).contains("first");
  }

  @Test
  void emptyDataIsNoCall() {
    enqueue(200, EMPTY);
    enqueue(200, "{\"success\": true, \"data\": null}");

    assertThat(calls.listByPhone(AGENT, PHONE)).isEmpty();
    assertThat(calls.findByPhone(AGENT, PHONE)).isEmpty();
  }

  @Test
  void unknownStatusIsKeptRaw() {
    enqueue(200, "{\"success\": true, \"data\": [{\"id\": \"c1\", \"agent_id\": \"agent-uuid\","
        + " \"to\": \"+15551234567\", \"status\": \"on-hold\", \"started_at\": \"2024-01-15T11:00:00Z\","
        + " \"duration_seconds\": 7}]}");

    ActiveCall call = calls.findByPhone(AGENT, PHONE).orElseThrow();

    assertThat(call.status().raw()).isEqualTo("on-hold");
    assertThat(call.status().isKnown()).isFalse();
    assertThat(call.status().known()).isEmpty();
    assertThat(call.status().orElse(CallStatus.ANSWERED)).isEqualTo(CallStatus.ANSWERED);
    assertThat(call.status()).hasToString("\"on-hold\"");
  }

  // ---- 404 means "no active call"

  @Test
  void seedNotFoundBodyIsAnEmptyListAndAnEmptyOptional() throws Exception {
    enqueue(404, Fixtures.read("seed-004-no-active-call.json"));
    enqueue(404, Fixtures.read("seed-004-no-active-call.json"));

    assertThat(calls.listByPhone(AGENT, PHONE)).isEmpty();
    assertThat(calls.findByPhone(AGENT, PHONE)).isEmpty();

    assertThat(take().getTarget()).isEqualTo(PATH);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(server.getRequestCount()).isEqualTo(2); // a 404 is not retried
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"success\": false, \"message\": \"Agent not found\", \"code\": \"AGENT_NOT_FOUND\"}",
      "{\"success\": false, \"message\": \"Agent not found: agent-uuid\"}",
      "{\"success\": false, \"message\": \"Not found\", \"code\": \"AGENT_NOT_FOUND\"}"})
  void anUnknownAgentIsNotFoundInEveryViewNeverNoCall(String body) {
    for (int i = 0; i < 6; i++) {
      server.enqueue(json(404, body).setHeader("x-request-id", "req-agent").build());
    }

    List<ThrowingCallable> everyView = List.of(
        () -> calls.listByPhone(AGENT, PHONE),
        () -> calls.findByPhone(AGENT, PHONE),
        () -> calls.withRawResponse().findByPhone(AGENT, PHONE),
        () -> asyncCalls.listByPhone(AGENT, PHONE).join(),
        () -> asyncCalls.findByPhone(AGENT, PHONE).join(),
        () -> asyncCalls.withRawResponse().listByPhone(AGENT, PHONE).join());
    for (ThrowingCallable call : everyView) {
      Throwable thrown = catchThrowable(call);
      Throwable error = thrown instanceof CompletionException ? thrown.getCause() : thrown;
      assertThat(error).isInstanceOfSatisfying(NotFoundException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.requestId()).isEqualTo("req-agent");
      });
    }
    assertThat(server.getRequestCount()).isEqualTo(6); // a 404 is not retried
  }

  @Test
  void anotherNotFoundMessageStillReadsAsNoCallAndTheRawResponseShowsIt() {
    String body = "{\"success\": false, \"message\": \"Not found\", \"code\": \"NOT_FOUND\"}";
    server.enqueue(json(404, body).setHeader("x-request-id", "req-404").build());
    server.enqueue(json(404, body).setHeader("x-request-id", "req-404b").build());
    server.enqueue(json(404, body).build());

    ApiResponse<List<ActiveCall>> raw = calls.withRawResponse().listByPhone(AGENT, PHONE);
    ApiResponse<Optional<ActiveCall>> rawFind = calls.withRawResponse().findByPhone(AGENT, PHONE);

    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(raw.requestId()).isEqualTo("req-404");
    assertThat(raw.headers().get("Content-Type")).isEqualTo("application/json");
    assertThat(raw.body()).isEmpty();
    assertThat(rawFind.statusCode()).isEqualTo(404);
    assertThat(rawFind.requestId()).isEqualTo("req-404b");
    assertThat(rawFind.body()).isEmpty();
    assertThat(calls.listByPhone(AGENT, PHONE)).isEmpty();
  }

  @Test
  void aSuccessFalseWithANotFoundCodeInA200IsNoCallToo() {
    server.enqueue(json(200, "{\"success\": false, \"message\": \"No active call\", \"code\": \"NOT_FOUND\"}")
        .setHeader("x-request-id", "req-200nf").build());

    ApiResponse<List<ActiveCall>> raw = calls.withRawResponse().listByPhone(AGENT, PHONE);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).isEqualTo("req-200nf");
    assertThat(raw.body()).isEmpty();
  }

  // ---- the phone number on the wire

  @ParameterizedTest
  @ValueSource(strings = {
      "+15551234567", "+1 (555) 123-4567", "+1.555.123.4567", "+1-555-123-4567", " +1 555 123 4567 "})
  void formattingVariantsNormalizeToTheSamePath(String phone) throws Exception {
    enqueue(200, EMPTY);

    calls.listByPhone(AGENT, phone);

    RecordedRequest request = take();
    assertThat(request.getTarget()).isEqualTo(PATH);
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
  }

  @Test
  void ukNumberPath() throws Exception {
    enqueue(200, EMPTY);

    calls.listByPhone(AGENT, "+44 20 7946 0958");

    assertThat(take().getTarget()).isEqualTo("/api/v1/agents/agent-uuid/active-call/%2B442079460958");
  }

  @Test
  void agentIdIsOnePercentEncodedSegment() throws Exception {
    enqueue(200, EMPTY);

    calls.listByPhone("team/a b?c#d+é", PHONE);

    assertThat(take().getTarget())
        .isEqualTo("/api/v1/agents/team%2Fa%20b%3Fc%23d%2B%C3%A9/active-call/%2B15551234567");
  }

  @Test
  void typedRequestAndPhoneNumberValue() throws Exception {
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    ActiveCallByPhoneRequest request = new ActiveCallByPhoneRequest(AGENT, PhoneNumber.of("+1 (555) 123-4567"));

    assertThat(calls.findByPhone(request)).map(ActiveCall::id).contains("call-uuid-1");
    assertThat(take().getTarget()).isEqualTo(PATH);
  }

  static Stream<Arguments> badPhones() {
    return Stream.of(
        Arguments.of("15551234567", "phone must start with '+'"),
        Arguments.of("", "phone must not be empty or blank"),
        Arguments.of("   ", "phone must not be empty or blank"),
        Arguments.of(null, "phone is required"),
        Arguments.of("+1 800 FLOWERS", "phone must not contain letters"),
        Arguments.of("+1", "phone must have 2 to 15 digits after '+', had 1"),
        Arguments.of("+1234567890123456", "phone must have 2 to 15 digits after '+', had more than 15"),
        Arguments.of("+44 (0)20 7946 0958", "phone must not contain the national trunk prefix (0)"));
  }

  @ParameterizedTest
  @MethodSource("badPhones")
  void eachBadPhoneIsRefusedBeforeAnyRequest(String phone, String message) {
    List<Consumer<String>> everyVerb = List.of(
        p -> calls.listByPhone(AGENT, p),
        p -> calls.findByPhone(AGENT, p),
        p -> asyncCalls.listByPhone(AGENT, p),
        p -> asyncCalls.findByPhone(AGENT, p),
        p -> calls.withRawResponse().listByPhone(AGENT, p),
        p -> calls.withRawResponse().findByPhone(AGENT, p),
        p -> asyncCalls.withRawResponse().listByPhone(AGENT, p),
        p -> asyncCalls.withRawResponse().findByPhone(AGENT, p));

    for (Consumer<String> verb : everyVerb) {
      assertThatThrownBy(() -> verb.accept(phone))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("phone ")
          .hasMessageContaining(message);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", "..", " agent-uuid"})
  void eachBadAgentIdIsRefusedBeforeAnyRequest(String agentId) {
    assertThatThrownBy(() -> calls.listByPhone(agentId, PHONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("agentId ");
    assertThatThrownBy(() -> asyncCalls.findByPhone(agentId, PHONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("agentId ");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- errors and retries

  @Test
  void unauthorizedIsAnAuthenticationErrorThatSaysWhatHappened() throws Exception {
    server.enqueue(json(401, "{\"success\": false, \"message\": \"Invalid or expired token\", \"code\": \"UNAUTHORIZED\"}")
        .setHeader("x-request-id", "req-401").build());

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.vendorMessage()).isEqualTo("Invalid or expired token");
          assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED");
          assertThat(e.requestId()).isEqualTo("req-401");
          assertThat(e.body()).contains("Invalid or expired token");
          assertThat(e.getMessage()).isEqualTo("HTTP 401 from GET " + SHOWN_PATH
              + ": Invalid or expired token [code: UNAUTHORIZED] (request id: req-401)");
          assertThat(e.getMessage()).doesNotContain("15551234567");
          assertThat(e.error().path()).as("the path as sent stays available").isEqualTo(PATH);
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
    assertThat(server.getRequestCount()).isEqualTo(1); // not retried
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void forbiddenIsAPermissionError() {
    enqueue(403, "{\"success\": false, \"message\": \"Token has no access to this agent\", \"code\": 403}");

    assertThatThrownBy(() -> calls.findByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.vendorMessage()).isEqualTo("Token has no access to this agent");
          assertThat(e.errorCode()).isEqualTo("403");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitIsRetriedAfterTheRetryAfterTheServerAsked() throws Exception {
    server.enqueue(json(429, "{\"success\": false, \"message\": \"Too many requests\", \"code\": \"RATE_LIMITED\"}")
        .setHeader("Retry-After", "7").build());
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    assertThat(calls.findByPhone(AGENT, PHONE)).map(ActiveCall::id).contains("call-uuid-1");

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void rateLimitThatPersistsIsARateLimitErrorWithRetryAfter() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(429, "{\"success\": false, \"message\": \"Too many requests\"}")
          .setHeader("Retry-After", "2").build());
    }

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
          assertThat(e.vendorMessage()).isEqualTo("Too many requests");
        });
    assertThat(server.getRequestCount()).isEqualTo(3); // 1 + the default 2 retries
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void serverErrorsThen200SucceedsAndEveryAttemptCarriesTheBearerToken() throws Exception {
    enqueue(503, "{\"success\": false, \"message\": \"Service unavailable\"}");
    enqueue(500, "<html>oops</html>");
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    assertThat(calls.listByPhone(AGENT, PHONE)).extracting(ActiveCall::id).containsExactly("call-uuid-1");

    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      RecordedRequest attempt = take();
      assertThat(attempt.getTarget()).isEqualTo(PATH);
      assertThat(attempt.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
    assertThat(sleeper.waits()).hasSize(2).allSatisfy(wait -> assertThat(wait).isPositive());
  }

  @Test
  void serverErrorThatPersistsIsAnInternalServerError() {
    for (int i = 0; i < 3; i++) {
      enqueue(502, "{\"success\": false, \"message\": \"Bad gateway\", \"code\": 502}");
    }

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(502);
          assertThat(e.errorCode()).isEqualTo("502");
          assertThat(e.vendorMessage()).isEqualTo("Bad gateway");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void requestOptionsOverrideRetriesAndAddHeaders() throws Exception {
    enqueue(503, "{\"success\": false, \"message\": \"Service unavailable\"}");
    RequestOptions options = RequestOptions.builder().maxRetries(0).header("X-Trace", "t-1").build();

    assertThatThrownBy(() -> calls.listByPhone(new ActiveCallByPhoneRequest(AGENT, PHONE), options)).isInstanceOf(InternalServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = take();
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aSuccessFalseInA200WithoutAKnownCodeIsAnErrorWithTheVendorsMessage() {
    server.enqueue(json(200, "{\"success\": false, \"message\": \"Agent is paused\", \"code\": \"AGENT_PAUSED\"}")
        .setHeader("x-request-id", "req-paused").build());

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.vendorMessage()).isEqualTo("Agent is paused");
          assertThat(e.errorCode()).isEqualTo("AGENT_PAUSED");
          assertThat(e.requestId()).isEqualTo("req-paused");
          assertThat(e.getMessage()).contains("HTTP 200 from GET " + SHOWN_PATH + ": Agent is paused");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRateLimitReportedInsideA200IsRetried() {
    enqueue(200, "{\"success\": false, \"message\": \"Slow down\", \"code\": \"RATE_LIMITED\"}");
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    assertThat(calls.listByPhone(AGENT, PHONE)).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void anUndecodableBodyIsADecodingErrorWithPathAndExcerpt() {
    server.enqueue(json(200, "{\"success\": true, \"data\": [{\"id\": \"c1\", \"to\": \"+15551234567\","
        + " \"status\": \"answered\", \"started_at\": \"2024-01-15T11:00:00Z\"}]}")
        .setHeader("x-request-id", "req-bad").build());

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.jsonPath()).isEqualTo("$.data[0].agent_id");
          assertThat(e.getMessage())
              .contains("Required value 'agent_id' is missing, null or empty at path $.data[0].agent_id");
          assertThat(e.bodyExcerpt()).startsWith("{\"success\": true");
          assertThat(e.requestId()).isEqualTo("req-bad");
        });
    assertThat(server.getRequestCount()).isEqualTo(1); // asking again would get the same
  }

  static Stream<Arguments> undecodableCalls() {
    String good = call("ok", "2024-01-15T11:00:00Z");
    String noAgent = good.replace("\"agent_id\": \"agent-uuid\", ", "");
    String noTo = good.replace("\"to\": \"+15551234567\", ", "");
    String noStatus = good.replace("\"status\": \"answered\",", "");
    String noStart = good.replace(" \"started_at\": \"2024-01-15T11:00:00Z\",", "");
    String arrayId = good.replace("\"id\": \"ok\"", "\"id\": [1]");
    String objectTo = good.replace("\"to\": \"+15551234567\"", "\"to\": {\"n\": 1}");
    String nested = noStart.replace("{\"id\"", "{\"extra\": {\"deep\": [{\"x\": [1, 2]}, null]}, \"id\"");
    String dottedLast = noTo.replace("1}", "1, \"x.y\": {\"a.b\": 1}}");
    String statusTwice = good.replace("\"answered\",", "\"answered\", \"status\": null,");
    String blankStart = good.replace("\"2024-01-15T11:00:00Z\"", "\"  \"");
    return Stream.of(
        Arguments.of("single object, a missing field",
            "{\"success\": true, \"data\": " + noAgent + "}",
            "$.data.agent_id",
            "Required value 'agent_id' is missing, null or empty at path $.data.agent_id"),
        Arguments.of("element 0, a missing field",
            "{\"success\": true, \"data\": [" + noAgent + ", " + good + "]}",
            "$.data[0].agent_id",
            "Required value 'agent_id' is missing, null or empty at path $.data[0].agent_id"),
        Arguments.of("element 3, a missing field",
            "{\"success\": true, \"data\": [" + good + ", " + good + ", " + good + ", " + noTo + ", " + good + "]}",
            "$.data[3].to",
            "Required value 'to' is missing, null or empty at path $.data[3].to"),
        Arguments.of("a null element",
            "{\"success\": true, \"data\": [" + good + ", null]}",
            "$.data[1]", "Expected a call object but was NULL at path $.data[1]"),
        Arguments.of("a number as element",
            "{\"success\": true, \"data\": [42]}",
            "$.data[0]", "Expected a call object but was NUMBER at path $.data[0]"),
        Arguments.of("data a string",
            "{\"success\": true, \"data\": \"none\"}",
            "$.data", "Expected a list of calls but was STRING at path $.data"),
        Arguments.of("data a boolean",
            "{\"success\": true, \"data\": true}",
            "$.data", "Expected a list of calls but was BOOLEAN at path $.data"),
        Arguments.of("a type mismatch in element 2",
            "{\"success\": true, \"data\": [" + good + ", " + good + ", " + arrayId + "]}",
            "$.data[2].id", "Expected a string but was BEGIN_ARRAY at path $.data[2].id"),
        Arguments.of("a type mismatch in a single object",
            "{\"success\": true, \"data\": " + objectTo + "}",
            "$.data.to", "Expected a string but was BEGIN_OBJECT at path $.data.to"),
        Arguments.of("data twice, the second one counts from 0 again",
            "{\"success\": true, \"data\": [" + good + ", " + good + "], \"data\": [" + good + ", " + noStatus + "]}",
            "$.data[1].status",
            "Required value 'status' is missing, null or empty at path $.data[1].status"),
        Arguments.of("data before success:false is read as calls",
            "{\"data\": [" + noStatus + "], \"success\": false, \"message\": \"Nope\"}",
            "$.data[0].status",
            "Required value 'status' is missing, null or empty at path $.data[0].status"),
        Arguments.of("nested unknown values before the missing field",
            "{\"success\": true, \"data\": [" + good + ", " + nested + "]}",
            "$.data[1].started_at",
            "Required value 'started_at' is missing, null or empty at path $.data[1].started_at"),
        Arguments.of("an empty call object",
            "{\"success\": true, \"data\": [{}]}",
            "$.data[0].id",
            "Required value 'id' is missing, null or empty at path $.data[0].id"),
        Arguments.of("unknown names with dots, the last field read",
            "{\"success\": true, \"data\": [" + good + ", " + dottedLast + "]}",
            "$.data[1].to",
            "Required value 'to' is missing, null or empty at path $.data[1].to"),
        Arguments.of("a field sent twice, the last one null",
            "{\"success\": true, \"data\": " + statusTwice + "}",
            "$.data.status",
            "Required value 'status' is missing, null or empty at path $.data.status"),
        Arguments.of("a blank timestamp",
            "{\"success\": true, \"data\": [" + blankStart + "]}",
            "$.data[0].started_at",
            "Required value 'started_at' is missing, null or empty at path $.data[0].started_at"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undecodableCalls")
  void anUndecodableCallIsReportedWithItsExactPathAndMessage(
      String description, String body, String path, String message) {
    enqueue(200, body);

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo(path);
          assertThat(e.getCause()).isInstanceOf(JsonDataException.class).hasMessage(message);
          assertThat(e.getMessage()).contains(" at " + path + ": " + message + ";");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void lenientlyWrittenAndEscapedNamesDecodeLikeTheSeed() {
    enqueue(200, "{success: true, 'data': [{'id': 'c1', agent_id: 'agent-uuid', \"t\\u006f\": '+15551234567',"
        + " \"st\\u0061tus\": 'answered', started_at: '2024-01-15T11:00:00Z', 'duration_seconds': 42}]}");

    assertThat(calls.listByPhone(AGENT, PHONE)).containsExactly(new ActiveCall("c1", AGENT, PHONE,
        OpenEnum.of(CallStatus.class, "answered"), Instant.parse("2024-01-15T11:00:00Z"),
        Duration.ofSeconds(42)));
  }

  @Test
  void errorFieldsBesideSuccessTrueAreIgnored() {
    enqueue(200, "{\"message\": \"OK\", \"code\": 200, \"error\": null, \"request_id\": \"req-1\","
        + " \"success\": true, \"data\": [" + call("c1", "2024-01-15T11:00:00Z") + "]}");

    assertThat(calls.listByPhone(AGENT, PHONE)).extracting(ActiveCall::id).containsExactly("c1");
  }

  @Test
  void aBareSuccessFalseIsAnUnexpectedStatusWithoutVendorDetails() {
    enqueue(200, "{\"success\": false, \"data\": [" + call("c1", "2024-01-15T11:00:00Z") + "]}");

    assertThatThrownBy(() -> calls.listByPhone(AGENT, PHONE))
        .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.vendorMessage()).isNull();
          assertThat(e.errorCode()).isNull();
        });
  }

  @Test
  void htmlInsteadOfJsonIsADecodingError() {
    enqueue(200, "<html><body>Maintenance</body></html>");

    assertThatThrownBy(() -> calls.findByPhone(AGENT, PHONE)).isInstanceOf(ResponseDecodingException.class);
  }

  // ---- async

  @Test
  void asyncVariantsReturnTheSameAsTheSyncOnes() throws Exception {
    enqueue(200, Fixtures.read("several-calls.json"));
    enqueue(200, Fixtures.read("several-calls.json"));
    enqueue(404, Fixtures.read("seed-004-no-active-call.json"));
    enqueue(404, Fixtures.read("seed-004-no-active-call.json"));

    assertThat(asyncCalls.listByPhone(AGENT, "+1 (555) 123-4567").get(5, TimeUnit.SECONDS))
        .extracting(ActiveCall::id).containsExactly("call-older", "call-latest", "call-middle");
    assertThat(asyncCalls.findByPhone(new ActiveCallByPhoneRequest(AGENT, PHONE)).get(5, TimeUnit.SECONDS))
        .map(ActiveCall::id).contains("call-latest");
    assertThat(asyncCalls.listByPhone(new ActiveCallByPhoneRequest(AGENT, PHONE), RequestOptions.none()).get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(asyncCalls.findByPhone(AGENT, PHONE).get(5, TimeUnit.SECONDS)).isEmpty();
    for (int i = 0; i < 4; i++) {
      RecordedRequest request = take();
      assertThat(request.getTarget()).isEqualTo(PATH);
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
  }

  @Test
  void asyncRawResponsesKeepTheStatus() throws Exception {
    server.enqueue(json(404, Fixtures.read("seed-004-no-active-call.json")).setHeader("x-request-id", "r1").build());
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    ApiResponse<List<ActiveCall>> none = asyncCalls.withRawResponse().listByPhone(AGENT, PHONE).get(5, TimeUnit.SECONDS);
    ApiResponse<Optional<ActiveCall>> one =
        asyncCalls.withRawResponse().findByPhone(AGENT, PHONE).get(5, TimeUnit.SECONDS);

    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.requestId()).isEqualTo("r1");
    assertThat(none.body()).isEmpty();
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).map(ActiveCall::id).contains("call-uuid-1");
  }

  @Test
  void asyncRetriesAfterRetryAfterWithoutBlocking() throws Exception {
    server.enqueue(json(429, "{\"success\": false, \"message\": \"Too many requests\"}")
        .setHeader("Retry-After", "3").build());
    enqueue(200, Fixtures.read("seed-004-active-call.json"));

    assertThat(asyncCalls.findByPhone(AGENT, PHONE).get(5, TimeUnit.SECONDS)).isPresent();
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncErrorsFailTheFutureWithTheTypedException() {
    enqueue(401, "{\"success\": false, \"message\": \"Invalid or expired token\", \"code\": \"UNAUTHORIZED\"}");

    CompletableFuture<List<ActiveCall>> future = asyncCalls.listByPhone(AGENT, PHONE);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Invalid or expired token");
  }

  @Test
  void cancellingDuringTheRetryWaitStopsTheRetry() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    CountDownLatch firstAttemptDone = new CountDownLatch(1);
    shared.dispatcher().setIdleCallback(firstAttemptDone::countDown);
    CountDownLatch waiting = new CountDownLatch(1);
    RecordingSleeper held = new RecordingSleeper().holdScheduled();
    Sleeper signalling = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        held.sleep(duration);
      }

      @Override
      public void schedule(Duration duration, Runnable task) {
        held.schedule(duration, task);
        waiting.countDown();
      }
    };
    enqueue(503, "{\"success\": false, \"message\": \"Service unavailable\"}");
    enqueue(200, Fixtures.read("seed-004-active-call.json"));
    try (TalkoverClient async = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .okHttpClient(shared).sleeper(signalling).build()) {
      CompletableFuture<Optional<ActiveCall>> future = async.async().activeCalls().findByPhone(AGENT, PHONE);
      assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the retry was scheduled").isTrue();
      assertThat(firstAttemptDone.await(5, TimeUnit.SECONDS)).as("the first attempt finished").isTrue();

      assertThat(future.cancel(true)).isTrue();
      held.runHeld(); // the retry's turn comes: it must not send anything

      assertThat(shared.dispatcher().runningCallsCount() + shared.dispatcher().queuedCallsCount()).isZero();
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(future).isCancelled();
      assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void cancellingAnInFlightCallCancelsTheHttpCall() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    CountDownLatch idle = new CountDownLatch(1);
    shared.dispatcher().setIdleCallback(idle::countDown);
    server.enqueue(json(200, EMPTY).onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (TalkoverClient async = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .okHttpClient(shared).readTimeout(Duration.ofMinutes(1)).callTimeout(Duration.ofMinutes(1))
        .sleeper(sleeper).build()) {
      CompletableFuture<List<ActiveCall>> future = async.async().activeCalls().listByPhone(AGENT, PHONE);
      assertThat(take().getTarget()).isEqualTo(PATH); // the call is in flight, the server stalls

      assertThat(future.cancel(true)).isTrue();

      // Only a cancelled HTTP call ends before the one-minute timeouts.
      assertThat(idle.await(10, TimeUnit.SECONDS)).as("the HTTP call was cancelled").isTrue();
      assertThat(future).isCancelled();
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  // ---- helpers

  private static String call(String id, String startedAt) {
    return "{\"id\": \"" + id + "\", \"agent_id\": \"agent-uuid\", \"to\": \"+15551234567\", \"status\": \"answered\","
        + " \"started_at\": \"" + startedAt + "\", \"duration_seconds\": 1}";
  }
}
