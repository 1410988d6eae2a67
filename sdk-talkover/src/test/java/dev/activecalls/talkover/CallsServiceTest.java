package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ConflictException;
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
import java.util.function.BiConsumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code calls().end} end to end against MockWebServer: what Talkover receives, what comes back in
 * each view, and which failures are retried (an end is an action: only after a 429 or a connection
 * never made).
 */
class CallsServiceTest {
  private static final String TOKEN = "talq_test_token_123";
  private static final String AGENT = "agent-uuid";
  private static final String CALL = "call-uuid-1";
  private static final String PATH = "/api/v1/agents/agent-uuid/end-call";
  private static final EndedCall SEED_ENDED = new EndedCall(CALL, OpenEnum.of(CallStatus.class, "completed"),
      Instant.parse("2024-01-15T11:05:00Z"), "ended_by_api");

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TalkoverClient client;
  private CallsService calls;
  private CallsServiceAsync asyncCalls;

  @BeforeEach
  void setUp() {
    client = TalkoverClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).sleeper(sleeper)
        .build();
    calls = client.calls();
    asyncCalls = client.async().calls();
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

  private static void assertEndRequest(RecordedRequest request, String path, String body) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(path);
    assertThat(request.getHeaders().values("Authorization")).containsExactly("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody()).isNotNull();
    assertThat(request.getBody().utf8()).isEqualTo(body);
  }

  // ---- what is sent, what comes back

  @Test
  void seedExampleFieldByFieldAndTheExactRequest() throws Exception {
    enqueue(200, Fixtures.read("end-call.json"));

    EndedCall ended = calls.end(AGENT, CALL);

    assertThat(ended).isEqualTo(SEED_ENDED);
    assertThat(ended.status().is(CallStatus.COMPLETED)).isTrue();
    assertThat(ended.endedAt()).isEqualTo(Instant.parse("2024-01-15T11:05:00Z"));
    assertThat(ended.endedReason()).isEqualTo("ended_by_api");
    RecordedRequest request = take();
    assertEndRequest(request, PATH, "{\"call_sid\":\"call-uuid-1\"}");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("User-Agent")).matches("activecalls-java/\\S+ talkover Java/\\S+");
  }

  @Test
  void theAgentIdIsOneEncodedSegmentAndTheCallIdGoesAsJsonText() throws Exception {
    enqueue(200, Fixtures.read("end-call.json"));

    calls.end("agent/1 +é", "call \"1\" \\ é");

    RecordedRequest request = take();
    assertEndRequest(request, "/api/v1/agents/agent%2F1%20%2B%C3%A9/end-call",
        "{\"call_sid\":\"call \\\"1\\\" \\\\ é\"}");
    assertThat(request.getUrl().pathSegments())
        .containsExactly("api", "v1", "agents", "agent/1 +é", "end-call");
  }

  @Test
  void unknownFieldsNewStatusesAndTheMicrosecondFormDecode() {
    enqueue(200, Fixtures.read("end-call-nasty.json"));

    EndedCall ended = calls.end(AGENT, CALL);

    assertThat(ended.id()).isEqualTo("987654321");
    assertThat(ended.status().isKnown()).isFalse();
    assertThat(ended.status().raw()).isEqualTo("Hanging-Up");
    assertThat(ended.endedAt()).isEqualTo(Instant.parse("2025-09-03T23:19:51Z"));
    assertThat(ended.endedReason()).as("blank is none").isNull();
  }

  @Test
  void aMissingEndTimeOrDataIsADecodingFailureNamingIt() {
    enqueue(200, "{\"success\":true,\"data\":{\"id\":\"call-uuid-1\",\"status\":\"completed\"}}");
    enqueue(200, "{\"success\":true}");
    enqueue(200, "{\"success\":true,\"data\":null}");

    for (String path : List.of("$.data.ended_at", "$.data", "$.data")) {
      Throwable e = catchThrowable(() -> calls.end(AGENT, CALL));
      assertThat(e).isInstanceOf(ResponseDecodingException.class);
      assertThat(((ResponseDecodingException) e).jsonPath()).isEqualTo(path);
    }
  }

  // ---- Talkover's errors, typed

  @Test
  void anUnknownCallIsNotFound() {
    enqueue(404, "{\"success\":false,\"message\":\"Call not found for this agent\"}");

    Throwable e = catchThrowable(() -> calls.end(AGENT, "call-gone"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) e).vendorMessage()).isEqualTo("Call not found for this agent");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCallNoLongerActiveIsAConflictWithTalkoversCode() {
    enqueue(409, "{\"success\":false,\"message\":\"Call is not active\",\"code\":\"CALL_NOT_ACTIVE\"}");

    Throwable e = catchThrowable(() -> calls.end(AGENT, CALL));

    assertThat(e).isInstanceOf(ConflictException.class);
    ConflictException conflict = (ConflictException) e;
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.errorCode()).isEqualTo("CALL_NOT_ACTIVE");
    assertThat(conflict.vendorMessage()).isEqualTo("Call is not active");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void successFalseInA200IsAnErrorClassifiedByItsCode() {
    enqueue(200, "{\"success\":false,\"message\":\"Call is not active\",\"code\":\"CALL_NOT_ACTIVE\"}");
    enqueue(200, "{\"success\":false,\"message\":\"Could not end\",\"code\":\"E42\",\"data\":{\"odd\":1}}");

    Throwable known = catchThrowable(() -> calls.end(AGENT, CALL));
    Throwable unknown = catchThrowable(() -> calls.end(AGENT, CALL));

    assertThat(known).isInstanceOf(ConflictException.class);
    assertThat(((ApiException) known).errorCode()).isEqualTo("CALL_NOT_ACTIVE");
    assertThat(unknown).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) unknown).vendorMessage()).isEqualTo("Could not end");
    assertThat(((ApiException) unknown).errorCode()).isEqualTo("E42");
    assertThat(server.getRequestCount()).as("never retried").isEqualTo(2);
  }

  // ---- retries follow the action rule

  @Test
  void retriedAfterA429WithTheSameBody() throws Exception {
    server.enqueue(json(429, "{\"success\":false,\"message\":\"Too Many Attempts.\"}")
        .setHeader("Retry-After", "2").build());
    enqueue(200, Fixtures.read("end-call.json"));

    assertThat(calls.end(AGENT, CALL)).isEqualTo(SEED_ENDED);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    assertEndRequest(take(), PATH, "{\"call_sid\":\"call-uuid-1\"}");
    assertEndRequest(take(), PATH, "{\"call_sid\":\"call-uuid-1\"}");
  }

  /**
   * A 5xx, a 408, and the two answers OkHttp itself would resend (503 with {@code Retry-After: 0},
   * 408): the end reaches Talkover once, in the async view too.
   */
  @ParameterizedTest
  @CsvSource({"503,", "500,", "503,0", "408,", "408,0"})
  void notRetriedAfterAnAnswerThatMayFollowTheAction(int status, String retryAfter) throws Exception {
    for (int i = 0; i < 2; i++) {
      MockResponse.Builder answer = json(status, "{\"success\":false,\"message\":\"busy\"}");
      server.enqueue((retryAfter == null ? answer : answer.setHeader("Retry-After", retryAfter)).build());
    }
    enqueue(200, Fixtures.read("end-call.json")); // never asked for: the call may have ended

    Throwable e = catchThrowable(() -> calls.end(AGENT, CALL));
    Throwable async = catchThrowable(() -> asyncCalls.end(AGENT, CALL).get(5, TimeUnit.SECONDS));

    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(((ApiException) e).statusCode()).isEqualTo(status);
    assertThat(async).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(e.getClass());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void notRetriedWhenTheConnectionDropsAfterTheRequestWasSent() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(200, Fixtures.read("end-call.json"));

    Throwable e = catchThrowable(() -> calls.end(AGENT, CALL));

    assertThat(e).isInstanceOf(ApiConnectionException.class).hasMessageContaining("POST " + PATH);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  // ---- every view, every form

  @Test
  void everyViewEnds() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, Fixtures.read("end-call.json")).setHeader("x-request-id", "r" + i).build());
    }
    RequestOptions traced = RequestOptions.builder().header("X-Trace", "t-1").build();

    EndedCall blocking = calls.end(new EndCallRequest(AGENT, CALL));
    EndedCall async = asyncCalls.end(AGENT, CALL).get(5, TimeUnit.SECONDS);
    ApiResponse<EndedCall> raw = calls.withRawResponse().end(new EndCallRequest(AGENT, CALL), traced);
    ApiResponse<EndedCall> asyncRaw =
        asyncCalls.withRawResponse().end(new EndCallRequest(AGENT, CALL)).get(5, TimeUnit.SECONDS);

    assertThat(List.of(blocking, async, raw.body(), asyncRaw.body())).containsOnly(SEED_ENDED);
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).isEqualTo("r2");
    assertThat(asyncRaw.requestId()).isEqualTo("r3");
    for (int i = 0; i < 4; i++) {
      RecordedRequest request = take();
      assertEndRequest(request, PATH, "{\"call_sid\":\"call-uuid-1\"}");
      assertThat(request.getHeaders().get("X-Trace")).isEqualTo(i == 2 ? "t-1" : null);
    }
    assertThat(client.calls()).isSameAs(calls);
  }

  @Test
  void asyncFailuresCompleteTheFuture() {
    enqueue(409, "{\"success\":false,\"message\":\"Call is not active\",\"code\":\"CALL_NOT_ACTIVE\"}");

    CompletableFuture<EndedCall> future = asyncCalls.end(AGENT, CALL);

    assertThat(catchThrowable(() -> future.get(5, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ConflictException.class);
  }

  // ---- bad input never leaves the process

  @Test
  void badInputIsRefusedInEveryViewNamingTheParameterBeforeAnyRequest() {
    List<BiConsumer<String, String>> views = List.of(
        (agent, call) -> calls.end(agent, call),
        (agent, call) -> asyncCalls.end(agent, call),
        (agent, call) -> calls.withRawResponse().end(agent, call),
        (agent, call) -> asyncCalls.withRawResponse().end(agent, call));
    for (BiConsumer<String, String> end : views) {
      for (String agent : new String[] {null, "", " ", "..", " agent-uuid"}) {
        assertThatThrownBy(() -> end.accept(agent, CALL)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("agentId ");
      }
      for (String call : new String[] {null, "", " \t", "call-\uD800"}) {
        assertThatThrownBy(() -> end.accept(AGENT, call)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("callId ");
      }
    }
    assertThatThrownBy(() -> calls.end((EndCallRequest) null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theTypedRequestChecksTheAgentIdExactlyAsTheLookupDoes() {
    for (String bad : new String[] {null, " ", ".", "agent-uuid ", "a".repeat(1025)}) {
      String expected =
          catchThrowable(() -> new ActiveCallByPhoneRequest(bad, "+15551234567")).getMessage();
      assertThat(expected).startsWith("agentId");
      assertThatThrownBy(() -> new EndCallRequest(bad, CALL)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected);
    }
    assertThat(new EndCallRequest(AGENT, " call ").callId()).as("sent as given").isEqualTo(" call ");
  }
}
