package dev.activecalls.vobiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.BadRequestException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vobiz.queuedCalls()} end to end against MockWebServer: the {@code ?status=queued} reads,
 * the hang-up that cancels a queued call, every view, and every documented error.
 */
class QueuedCallsServiceTest extends AgainstMockServer {
  private static final String QUEUED_UUID = "3a9e6d10-4b2c-4f8e-9d7a-1b2c3d4e5f60";
  private static final String OTHER_UUID = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";

  private QueuedCallsService queued() {
    return vobiz().queuedCalls();
  }

  private QueuedCallsServiceAsync asyncQueued() {
    return vobiz().async().queuedCalls();
  }

  /** Checks a read: the credentials, JSON asked for, and no body. */
  private static void assertRead(RecordedRequest request) {
    assertAuthenticated(request);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getBodySize()).isZero();
  }

  /** The queued fixture, decoded field by field. */
  private static LiveCall queuedFixture() {
    return new LiveCall(QUEUED_UUID, QUEUED_UUID, "0b6f3c2a-8d41-4e5f-9a7b-2c3d4e5f6a7b", "918041234567",
        "919876543210", null, OpenEnum.of(CallDirection.class, "outbound"), OpenEnum.of(CallState.class, "queued"),
        null, null, Instant.parse("2026-06-11T16:05:00.000001Z"), null, null, null, null, null, null, null, null,
        null, null, null, null, "Not Applicable", "Not Applicable", null);
  }

  // ---- what Vobiz receives, what comes back ----

  @Test
  void listAsksForStatusQueuedAndDecodesTheUuids() throws Exception {
    server.enqueue(json(200, Fixtures.read("queued-call-list.json")));

    LiveCallList list = queued().list();

    assertThat(list).isEqualTo(new LiveCallList("6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        List.of(QUEUED_UUID, OTHER_UUID)));
    assertThat(list.count()).isEqualTo(2);
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("GET " + CALL_PATH + "?status=queued HTTP/1.1");
    assertRead(request);
  }

  @Test
  void anEmptyQueueIsAnEmptyList() {
    server.enqueue(json(200, "{\"api_id\":\"a\",\"calls\":[]}"));
    server.enqueue(json(200, "{\"api_id\":\"a\",\"calls\":null}"));

    assertThat(queued().list().callUuids()).isEmpty();
    assertThat(queued().list().callUuids()).isEmpty();
  }

  @Test
  void getAsksForStatusQueuedAndDecodesEveryField() throws Exception {
    server.enqueue(json(200, Fixtures.read("queued-call.json")));

    LiveCall call = queued().get(QUEUED_UUID);

    assertThat(call).isEqualTo(queuedFixture());
    assertThat(call.state().is(CallState.QUEUED)).isTrue();
    RecordedRequest request = take();
    assertThat(request.getRequestLine())
        .isEqualTo("GET " + CALL_PATH + QUEUED_UUID + "/?status=queued HTTP/1.1");
    assertRead(request);
  }

  @Test
  void aCallNoLongerQueuedIsNotFoundForGetAndEmptyForFind() {
    server.enqueue(withHeader(json(404, NOT_FOUND), "x-request-id", "r-1"));
    server.enqueue(withHeader(json(404, NOT_FOUND), "x-request-id", "r-2"));
    server.enqueue(json(200, NOT_FOUND)); // Plivo's error in a 200 reads as 404 too

    Throwable e = catchThrowable(() -> queued().get(QUEUED_UUID));
    ApiResponse<Optional<LiveCall>> raw = queued().withRawResponse().find(QUEUED_UUID);
    Optional<LiveCall> inA200 = queued().find(QUEUED_UUID);

    assertThat(e).isInstanceOf(NotFoundException.class)
        .hasMessage("HTTP 404 from GET " + CALL_PATH + QUEUED_UUID + "/: not found (request id: r-1)");
    assertThat(raw.body()).isEmpty();
    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(raw.requestId()).isEqualTo("r-2");
    assertThat(inA200).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void hangupCancelsAQueuedCallWithTheSameDeleteAsALiveOne() throws Exception {
    server.enqueue(noContent());

    HungUpCall cancelled = queued().hangup(QUEUED_UUID);

    assertThat(cancelled).isEqualTo(new HungUpCall(QUEUED_UUID, true));
    assertHangupOf(take(), QUEUED_UUID);
  }

  @Test
  void aHangupWhoseAnswerWasLostAndWhoseRetryFindsNoCallIsUnconfirmed() {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(json(404, NOT_FOUND));

    assertThat(queued().hangup(QUEUED_UUID)).isEqualTo(new HungUpCall(QUEUED_UUID, false));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- errors ----

  @Test
  void errorsAreTyped() {
    server.enqueue(json(400, "{\"api_id\":\"a\",\"error\":\"invalid status\"}"));
    server.enqueue(json(402, "{\"status\":\"error\",\"error\":{\"code\":\"INSUFFICIENT_BALANCE\","
        + "\"message\":\"balance too low\"}}"));
    server.enqueue(json(200, "{\"api_id\":\"a\",\"error\":\"something odd\"}"));

    Throwable badRequest = catchThrowable(() -> queued().list());
    Throwable balance = catchThrowable(() -> queued().get(QUEUED_UUID));
    Throwable inA200 = catchThrowable(() -> queued().list());

    assertThat(badRequest).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) badRequest).vendorMessage()).isEqualTo("invalid status");
    assertThat(balance).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) balance).statusCode()).isEqualTo(402);
    assertThat(((ApiException) balance).errorCode()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(inA200).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) inA200).statusCode()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void readsAreRetriedAfter429And5xx() {
    server.enqueue(json(429, "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\","
        + "\"message\":\"slow down\",\"details\":{\"retryAfter\":2}}}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, Fixtures.read("queued-call-list.json")));

    assertThat(queued().list().count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void exhaustedRetriesGiveTheLastError() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{}"));
    }
    server.enqueue(json(429, "{}"));

    assertThatThrownBy(() -> queued().get(QUEUED_UUID)).isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> queued().hangup(new HangupRequest(QUEUED_UUID),
        RequestOptions.builder().maxRetries(0).build())).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  // ---- every view, every form ----

  @Test
  void everyViewServesEveryVerb() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(withHeader(json(200, Fixtures.read("queued-call-list.json")), "x-request-id", "l" + i));
      server.enqueue(withHeader(json(200, Fixtures.read("queued-call.json")), "x-request-id", "g" + i));
      server.enqueue(withHeader(json(200, Fixtures.read("queued-call.json")), "x-request-id", "f" + i));
      server.enqueue(withHeader(noContent(), "x-request-id", "h" + i));
    }
    RequestOptions none = RequestOptions.none();
    GetQueuedCallRequest one = new GetQueuedCallRequest(QUEUED_UUID);

    LiveCallList list = queued().list();
    LiveCall got = queued().get(one);
    Optional<LiveCall> found = queued().find(one, none);
    HungUpCall hungUp = queued().hangup(new HangupRequest(QUEUED_UUID));
    LiveCallList asyncList = done(asyncQueued().list());
    LiveCall asyncGot = done(asyncQueued().get(QUEUED_UUID));
    Optional<LiveCall> asyncFound = done(asyncQueued().find(QUEUED_UUID));
    HungUpCall asyncHungUp = done(asyncQueued().hangup(QUEUED_UUID));
    ApiResponse<LiveCallList> rawList = queued().withRawResponse().list(none);
    ApiResponse<LiveCall> rawGot = queued().withRawResponse().get(QUEUED_UUID);
    ApiResponse<Optional<LiveCall>> rawFound = queued().withRawResponse().find(QUEUED_UUID);
    ApiResponse<HungUpCall> rawHungUp = queued().withRawResponse().hangup(QUEUED_UUID);
    ApiResponse<LiveCallList> asyncRawList = done(asyncQueued().withRawResponse().list());
    ApiResponse<LiveCall> asyncRawGot = done(asyncQueued().withRawResponse().get(one, none));
    ApiResponse<Optional<LiveCall>> asyncRawFound = done(asyncQueued().withRawResponse().find(one));
    ApiResponse<HungUpCall> asyncRawHungUp =
        done(asyncQueued().withRawResponse().hangup(new HangupRequest(QUEUED_UUID), none));

    assertThat(List.of(list, asyncList, rawList.body(), asyncRawList.body()))
        .extracting(LiveCallList::callUuids).containsOnly(List.of(QUEUED_UUID, OTHER_UUID));
    assertThat(List.of(got, asyncGot, rawGot.body(), asyncRawGot.body())).containsOnly(queuedFixture());
    assertThat(List.of(found, asyncFound, rawFound.body(), asyncRawFound.body()))
        .containsOnly(Optional.of(queuedFixture()));
    assertThat(List.of(hungUp, asyncHungUp, rawHungUp.body(), asyncRawHungUp.body()))
        .containsOnly(new HungUpCall(QUEUED_UUID, true));
    assertThat(List.of(rawList.requestId(), rawGot.requestId(), rawFound.requestId(), rawHungUp.requestId()))
        .containsExactly("l2", "g2", "f2", "h2");
    assertThat(List.of(asyncRawList.requestId(), asyncRawGot.requestId(), asyncRawFound.requestId(),
        asyncRawHungUp.requestId())).containsExactly("l3", "g3", "f3", "h3");
    assertThat(rawHungUp.statusCode()).isEqualTo(204);
    for (int i = 0; i < 4; i++) {
      assertThat(take().getRequestLine()).isEqualTo("GET " + CALL_PATH + "?status=queued HTTP/1.1");
      assertThat(take().getRequestLine()).isEqualTo("GET " + CALL_PATH + QUEUED_UUID + "/?status=queued HTTP/1.1");
      assertThat(take().getRequestLine()).isEqualTo("GET " + CALL_PATH + QUEUED_UUID + "/?status=queued HTTP/1.1");
      assertThat(take().getRequestLine()).isEqualTo("DELETE " + CALL_PATH + QUEUED_UUID + "/ HTTP/1.1");
    }
  }

  @Test
  void asyncFailuresCompleteTheFuture() {
    server.enqueue(json(404, NOT_FOUND));

    CompletableFuture<LiveCall> get = asyncQueued().get(QUEUED_UUID);

    assertThat(catchThrowable(() -> get.get(5, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class);
  }

  // ---- bad input never leaves the process ----

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", ".."})
  void badUuidsAreRefusedInEveryViewBeforeAnyRequest(String uuid) {
    List<Consumer<String>> verbs = List.of(
        id -> queued().get(id),
        id -> queued().find(id),
        id -> queued().hangup(id),
        id -> asyncQueued().get(id),
        id -> asyncQueued().find(id),
        id -> asyncQueued().hangup(id),
        id -> queued().withRawResponse().get(id),
        id -> queued().withRawResponse().hangup(id),
        id -> asyncQueued().withRawResponse().find(id),
        id -> asyncQueued().withRawResponse().hangup(id));
    for (Consumer<String> verb : verbs) {
      assertThatThrownBy(() -> verb.accept(uuid)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("callUuid ");
    }
    assertThatThrownBy(() -> new GetQueuedCallRequest(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callUuid is required");
    assertThatThrownBy(() -> queued().get((GetQueuedCallRequest) null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
