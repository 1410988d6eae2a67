package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.CURRENT_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.ApiTimeoutException;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.BadRequestException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hangup} and {@code transfer} end to end against MockWebServer: what Vobiz receives, what
 * comes back in each view, every documented error, and which failures are retried (a hang-up like a
 * read; a transfer only after a 429 or a connection never made).
 */
class CallActionsTest extends AgainstMockServer {
  private static final String TRANSFERRED =
      "{\"api_id\":\"a-202\",\"message\":\"call transferred\",\"call_uuid\":\"" + CURRENT_UUID + "\"}";
  private static final String A_URL = "https://example.com/hold.xml";
  private static final String B_URL = "http://example.com/survey.xml?step=1";

  private LiveCallsService calls() {
    return vobiz().liveCalls();
  }

  private LiveCallsServiceAsync asyncCalls() {
    return vobiz().async().liveCalls();
  }

  private static void assertTransferOf(RecordedRequest request, String json) {
    assertThat(request.getRequestLine()).isEqualTo("POST " + CALL_PATH + CURRENT_UUID + "/ HTTP/1.1");
    assertAuthenticated(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(json);
  }

  private static TransferRequest.Builder toAleg() {
    return TransferRequest.builder().callUuid(CURRENT_UUID).alegUrl(A_URL);
  }

  // ---- hangup: what is sent and what comes back ----

  @Test
  void hangupSendsADeleteWithoutBodyAndA204ConfirmsIt() throws Exception {
    server.enqueue(noContent());

    HungUpCall hungUp = calls().hangup(CURRENT_UUID);

    assertThat(hungUp).isEqualTo(new HungUpCall(CURRENT_UUID, true));
    assertThat(hungUp.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(hungUp.confirmed()).isTrue();
    assertHangupOf(take(), CURRENT_UUID);
  }

  @Test
  void hangupSendsTheUuidAsOneEncodedSegment() throws Exception {
    server.enqueue(noContent());

    calls().hangup("a b/c+d?");

    RecordedRequest request = take();
    assertHangupOf(request, "a%20b%2Fc%2Bd%3F");
    assertThat(request.getUrl().pathSegments()).containsExactly("api", "v1", "Account", AUTH_ID, "Call", "a b/c+d?", "");
  }

  @Test
  void a2xxWithABodyThatIsNoErrorStillConfirmsTheHangup() {
    server.enqueue(json(200, "{\"api_id\":\"a-1\",\"message\":\"call hung up\"}"));
    server.enqueue(json(200, "  \n"));
    server.enqueue(json(202, "[]"));

    for (int i = 0; i < 3; i++) {
      assertThat(calls().hangup(CURRENT_UUID)).isEqualTo(new HungUpCall(CURRENT_UUID, true));
    }
  }

  static Stream<Arguments> errorsInA200() {
    return Stream.of(
        Arguments.of("{\"api_id\":\"a-9\",\"error\":\"not found\"}", NotFoundException.class, "not found"),
        Arguments.of("{\"api_id\":\"a-9\",\"error\":\"call_uuid is not valid\"}", BadRequestException.class,
            "call_uuid is not valid"),
        Arguments.of("{\"status\":\"error\",\"error\":{\"code\":\"401\",\"message\":\"bad token\"}}",
            AuthenticationException.class, "bad token"));
  }

  @ParameterizedTest
  @MethodSource("errorsInA200")
  void anErrorInA200IsStillAnErrorForBothActions(String body, Class<? extends ApiException> type, String message) {
    server.enqueue(json(200, body));
    server.enqueue(json(202, body));

    Throwable hangup = catchThrowable(() -> calls().hangup(new HangupRequest(CURRENT_UUID), RequestOptions.builder()
        .maxRetries(0).build()));
    Throwable transfer = catchThrowable(() -> calls().transfer(toAleg().build()));

    for (Throwable e : List.of(hangup, transfer)) {
      assertThat(e).isInstanceOf(type);
      assertThat(((ApiException) e).vendorMessage()).isEqualTo(message);
    }
  }

  @Test
  void hangupErrorsAreTyped() {
    server.enqueue(json(400, "{\"api_id\":\"a-400\",\"error\":\"invalid request\"}"));
    server.enqueue(json(401, "{\"status\":\"error\",\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"no\"}}"));
    server.enqueue(json(402, "{\"api_id\":\"a-402\",\"error\":\"insufficient balance\"}"));
    server.enqueue(withHeader(json(404, NOT_FOUND), "x-request-id", "r-404"));

    Throwable badRequest = catchThrowable(() -> calls().hangup(CURRENT_UUID));
    Throwable unauthenticated = catchThrowable(() -> calls().hangup(CURRENT_UUID));
    Throwable balance = catchThrowable(() -> calls().hangup(CURRENT_UUID));
    Throwable notFound = catchThrowable(() -> calls().hangup(CURRENT_UUID));

    assertThat(badRequest).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) badRequest).vendorMessage()).isEqualTo("invalid request");
    assertThat(((ApiException) badRequest).requestId()).isEqualTo("a-400");
    assertThat(unauthenticated).isInstanceOf(AuthenticationException.class);
    assertThat(balance).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) balance).statusCode()).isEqualTo(402);
    assertThat(((ApiException) balance).vendorMessage()).isEqualTo("insufficient balance");
    assertThat(notFound).isInstanceOf(NotFoundException.class)
        .hasMessage("HTTP 404 from DELETE " + CALL_PATH + CURRENT_UUID + "/: not found (request id: r-404)");
    assertThat(server.getRequestCount()).as("none retried").isEqualTo(4);
    assertThat(sleeper.waits()).isEmpty();
  }

  // ---- hangup: retried like a read ----

  @Test
  void hangupIsRetriedAfter5xxAndSucceeds() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(noContent());

    assertThat(calls().hangup(CURRENT_UUID).confirmed()).isTrue();

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    for (int i = 0; i < 3; i++) {
      assertHangupOf(take(), CURRENT_UUID);
    }
  }

  @Test
  void hangupIsRetriedAfter408And429() {
    server.enqueue(json(408, "{}"));
    server.enqueue(json(429, "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\","
        + "\"message\":\"slow down\",\"details\":{\"retryAfter\":3}}}"));
    server.enqueue(noContent());

    assertThat(calls().hangup(CURRENT_UUID).confirmed()).isTrue();

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(1)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void hangupAnswered503WithRetryAfterZeroReachesVobizAsOftenAsThePolicySays() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(withHeader(json(503, "{}"), "Retry-After", "0"));
    }

    Throwable e = catchThrowable(() -> calls().hangup(CURRENT_UUID));

    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).as("1 attempt + 2 retries; OkHttp adds none").isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void aHangupWhoseAnswerWasLostAndWhoseRetryFindsNoCallIsUnconfirmedSuccess() throws Exception {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(withHeader(json(404, NOT_FOUND), "x-request-id", "r-2"));

    ApiResponse<HungUpCall> raw = calls().withRawResponse().hangup(CURRENT_UUID);

    assertThat(raw.body()).isEqualTo(new HungUpCall(CURRENT_UUID, false));
    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(raw.requestId()).isEqualTo("r-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
    assertHangupOf(take(), CURRENT_UUID);
    assertHangupOf(take(), CURRENT_UUID);
  }

  @Test
  void theSameHoldsAsync() throws Exception {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(json(404, NOT_FOUND));

    assertThat(done(asyncCalls().hangup(CURRENT_UUID))).isEqualTo(new HungUpCall(CURRENT_UUID, false));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a404OnTheFirstAttemptIsNotFoundAtOnce() {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(noContent()); // never asked for

    assertThatThrownBy(() -> calls().hangup(CURRENT_UUID)).isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void a404AfterAnAnswered503IsNotFound() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(404, NOT_FOUND));

    assertThatThrownBy(() -> calls().hangup(CURRENT_UUID)).isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- transfer: what is sent and what comes back ----

  @Test
  void transferSendsExactlyTheFieldsSetWithUpperCaseMethods() throws Exception {
    server.enqueue(withHeader(json(202, TRANSFERRED), "x-request-id", "r-t"));

    ApiResponse<TransferredCall> raw = calls().withRawResponse().transfer(TransferRequest.builder()
        .callUuid(CURRENT_UUID).legs(TransferRequest.Legs.BOTH)
        .alegUrl(A_URL).alegMethod("get").blegUrl(B_URL).blegMethod("Post").build());

    assertThat(raw.statusCode()).isEqualTo(202);
    assertThat(raw.requestId()).isEqualTo("r-t");
    assertThat(raw.body()).isEqualTo(new TransferredCall("a-202", "call transferred", CURRENT_UUID));
    assertTransferOf(take(), "{\"legs\":\"both\",\"aleg_url\":\"" + A_URL + "\",\"aleg_method\":\"GET\","
        + "\"bleg_url\":\"" + B_URL + "\",\"bleg_method\":\"POST\"}");
  }

  @Test
  void absentOptionalFieldsAreNotSent() throws Exception {
    server.enqueue(json(202, TRANSFERRED));
    server.enqueue(json(202, TRANSFERRED));

    TransferredCall aleg = calls().transfer(CURRENT_UUID, A_URL);
    calls().transfer(TransferRequest.builder().callUuid(CURRENT_UUID).legs(TransferRequest.Legs.BLEG)
        .blegUrl(B_URL).build());

    assertThat(aleg.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(aleg.apiId()).isEqualTo("a-202");
    assertThat(aleg.message()).isEqualTo("call transferred");
    assertTransferOf(take(), "{\"aleg_url\":\"" + A_URL + "\"}");
    assertTransferOf(take(), "{\"legs\":\"bleg\",\"bleg_url\":\"" + B_URL + "\"}");
  }

  @Test
  void anAnswerWithoutItsFieldsStillReportsTheTransfer() {
    server.enqueue(json(202, "{\"api_id\":\"\",\"extra\":{\"x\":[1]}}"));
    server.enqueue(json(202, "{\"call_uuid\":\"Echoed-Uuid\",\"message\":null}"));

    assertThat(calls().transfer(toAleg().build())).isEqualTo(new TransferredCall(null, null, CURRENT_UUID));
    assertThat(calls().transfer(toAleg().build())).isEqualTo(new TransferredCall(null, null, "Echoed-Uuid"));
  }

  @Test
  void transferErrorsAreTyped() {
    server.enqueue(json(400, "{\"api_id\":\"a-400\",\"error\":\"aleg_url is not a valid URL\"}"));
    server.enqueue(json(402, "{\"api_id\":\"a-402\",\"error\":\"insufficient balance\"}"));
    server.enqueue(json(404, NOT_FOUND));

    Throwable badRequest = catchThrowable(() -> calls().transfer(toAleg().build()));
    Throwable balance = catchThrowable(() -> calls().transfer(toAleg().build()));
    Throwable notInProgress = catchThrowable(() -> calls().transfer(toAleg().build()));

    assertThat(badRequest).isInstanceOf(BadRequestException.class);
    assertThat(((ApiException) badRequest).vendorMessage()).isEqualTo("aleg_url is not a valid URL");
    assertThat(balance).isInstanceOf(UnexpectedStatusException.class);
    assertThat(((ApiException) balance).statusCode()).isEqualTo(402);
    assertThat(notInProgress).isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("HTTP 404 from POST " + CALL_PATH + CURRENT_UUID + "/");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // ---- transfer: an action, not retried where it may have acted ----

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void transferIsNotRetriedAfterAnAnswerThatMayFollowTheAction(int status) {
    server.enqueue(json(status, "{\"api_id\":\"a\",\"error\":\"busy\"}"));
    server.enqueue(json(202, TRANSFERRED)); // never asked for: the legs may have moved

    Throwable e = catchThrowable(() -> calls().transfer(toAleg().build()));

    assertThat(e).isInstanceOfSatisfying(ApiException.class, error -> assertThat(error.statusCode()).isEqualTo(status));
    if (status >= 500) {
      assertThat(e).isInstanceOf(InternalServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void okHttpDoesNotResendATransferAfterRetryAfterZero(int status) {
    server.enqueue(withHeader(json(status, "{}"), "Retry-After", "0"));
    server.enqueue(json(202, TRANSFERRED));

    assertThatThrownBy(() -> calls().transfer(toAleg().build())).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void transferIsRetriedAfterA429ThatRefusedItBeforeActing() throws Exception {
    server.enqueue(withHeader(json(429, "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\","
        + "\"message\":\"slow down\"}}"), "Retry-After", "1"));
    server.enqueue(json(202, TRANSFERRED));

    assertThat(calls().transfer(toAleg().build()).callUuid()).isEqualTo(CURRENT_UUID);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertTransferOf(take(), "{\"aleg_url\":\"" + A_URL + "\"}");
    assertTransferOf(take(), "{\"aleg_url\":\"" + A_URL + "\"}");
  }

  @Test
  void transferStillRefusedAfterTheRetriesIsARateLimitException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(withHeader(json(429, "{}"), "Retry-After", "1"));
    }

    assertThatThrownBy(() -> calls().transfer(toAleg().build())).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void transferIsNotRetriedAfterATimeout() {
    server.enqueue(new MockResponse.Builder(json(202, TRANSFERRED)).headersDelay(5, TimeUnit.SECONDS).build());
    server.enqueue(json(202, TRANSFERRED));

    Throwable e = catchThrowable(() -> calls().transfer(toAleg().build(),
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(e).isInstanceOf(ApiTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void transferIsNotRetriedWhenTheConnectionDropsAfterTheRequest() {
    server.enqueue(lostAfterTheRequest());
    server.enqueue(json(202, TRANSFERRED));

    Throwable e = catchThrowable(() -> calls().transfer(toAleg().build()));

    assertThat(e).isInstanceOf(ApiConnectionException.class).hasMessageContaining("POST " + CALL_PATH);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  // ---- every view, every form ----

  @Test
  void everyViewHangsUpAndTransfers() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(withHeader(noContent(), "x-request-id", "h" + i));
      server.enqueue(withHeader(json(202, TRANSFERRED), "x-request-id", "t" + i));
    }
    RequestOptions traced = RequestOptions.builder().header("X-Trace", "t-1").build();

    HungUpCall blocking = calls().hangup(new HangupRequest(CURRENT_UUID));
    TransferredCall blockingTransfer = calls().transfer(toAleg().build(), traced);
    HungUpCall async = done(asyncCalls().hangup(CURRENT_UUID));
    TransferredCall asyncTransfer = done(asyncCalls().transfer(CURRENT_UUID, A_URL));
    ApiResponse<HungUpCall> raw = calls().withRawResponse().hangup(new HangupRequest(CURRENT_UUID), traced);
    ApiResponse<TransferredCall> rawTransfer = calls().withRawResponse().transfer(toAleg().build());
    ApiResponse<HungUpCall> asyncRaw = done(asyncCalls().withRawResponse().hangup(new HangupRequest(CURRENT_UUID)));
    ApiResponse<TransferredCall> asyncRawTransfer =
        done(asyncCalls().withRawResponse().transfer(toAleg().build(), RequestOptions.none()));

    assertThat(List.of(blocking, async, raw.body(), asyncRaw.body())).containsOnly(new HungUpCall(CURRENT_UUID, true));
    assertThat(List.of(blockingTransfer, asyncTransfer, rawTransfer.body(), asyncRawTransfer.body()))
        .containsOnly(new TransferredCall("a-202", "call transferred", CURRENT_UUID));
    assertThat(raw.statusCode()).isEqualTo(204);
    assertThat(raw.requestId()).isEqualTo("h2");
    assertThat(rawTransfer.statusCode()).isEqualTo(202);
    assertThat(rawTransfer.requestId()).isEqualTo("t2");
    assertThat(asyncRaw.requestId()).isEqualTo("h3");
    assertThat(asyncRawTransfer.requestId()).isEqualTo("t3");
    for (int i = 0; i < 4; i++) {
      RecordedRequest hangup = take();
      assertHangupOf(hangup, CURRENT_UUID);
      RecordedRequest transfer = take();
      assertTransferOf(transfer, "{\"aleg_url\":\"" + A_URL + "\"}");
      if (i == 0) {
        assertThat(transfer.getHeaders().get("X-Trace")).isEqualTo("t-1");
      }
      if (i == 2) {
        assertThat(hangup.getHeaders().get("X-Trace")).isEqualTo("t-1");
      }
    }
  }

  @Test
  void asyncFailuresCompleteTheFuture() {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(400, "{\"api_id\":\"a\",\"error\":\"bad url\"}"));

    // One after the other: two calls in flight at once could be answered in either order.
    CompletableFuture<HungUpCall> hangup = asyncCalls().hangup(CURRENT_UUID);
    assertThat(catchThrowable(() -> hangup.get(5, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class);
    CompletableFuture<ApiResponse<TransferredCall>> transfer =
        asyncCalls().withRawResponse().transfer(toAleg().build());
    assertThat(catchThrowable(() -> transfer.get(5, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(BadRequestException.class);
  }

  // ---- bad input never leaves the process ----

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", " padded", "padded ", ".", ".."})
  void badUuidsAreRefusedByEveryHangupAndTransferBeforeAnyRequest(String uuid) {
    List<Consumer<String>> verbs = List.of(
        id -> calls().hangup(id),
        id -> asyncCalls().hangup(id),
        id -> calls().withRawResponse().hangup(id),
        id -> asyncCalls().withRawResponse().hangup(id),
        id -> vobiz().queuedCalls().hangup(id),
        id -> vobiz().async().queuedCalls().withRawResponse().hangup(id),
        id -> calls().transfer(id, A_URL),
        id -> asyncCalls().withRawResponse().transfer(id, A_URL));
    for (Consumer<String> verb : verbs) {
      assertThatThrownBy(() -> verb.accept(uuid)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("callUuid ");
    }
    assertThatThrownBy(() -> calls().hangup((String) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callUuid is required");
    assertThatThrownBy(() -> calls().hangup((HangupRequest) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calls().transfer((TransferRequest) null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  static Stream<Arguments> badTransfers() {
    List<Arguments> cases = new ArrayList<>();
    UnaryOperator<TransferRequest.Builder> noUuid = b -> b.callUuid(null);
    cases.add(Arguments.of("no callUuid", noUuid, "callUuid is required"));
    cases.add(Arguments.of("blank callUuid", (UnaryOperator<TransferRequest.Builder>) b -> b.callUuid(" "),
        "callUuid must not be blank"));
    cases.add(Arguments.of("padded callUuid", (UnaryOperator<TransferRequest.Builder>) b -> b.callUuid(" x"),
        "callUuid must not start or end with white space"));
    cases.add(Arguments.of("aleg by default, no URL", (UnaryOperator<TransferRequest.Builder>) b -> b.alegUrl(null),
        "alegUrl is required: legs is not set (Vobiz then transfers the A leg)"));
    cases.add(Arguments.of("ALEG without URL",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.ALEG).alegUrl(null),
        "alegUrl is required: legs is ALEG"));
    cases.add(Arguments.of("BOTH without bleg URL",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BOTH),
        "blegUrl is required: legs is BOTH"));
    cases.add(Arguments.of("BLEG without URL",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BLEG).alegUrl(null),
        "blegUrl is required: legs is BLEG"));
    cases.add(Arguments.of("aleg URL for a bleg transfer",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BLEG).blegUrl(B_URL),
        "alegUrl is set, but legs is BLEG: that leg is not transferred"));
    cases.add(Arguments.of("bleg URL for the default transfer",
        (UnaryOperator<TransferRequest.Builder>) b -> b.blegUrl(B_URL),
        "blegUrl is set, but legs is not set (Vobiz then transfers the A leg): that leg is not transferred"));
    cases.add(Arguments.of("bleg method for an aleg transfer",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.ALEG).blegMethod("GET"),
        "blegMethod is set, but legs is ALEG: that leg is not transferred"));
    cases.add(Arguments.of("aleg method for a bleg transfer",
        (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BLEG).alegUrl(null)
            .blegUrl(B_URL).alegMethod("POST"),
        "alegMethod is set, but legs is BLEG: that leg is not transferred"));
    for (String url : new String[] {"", " ", "/relative.xml", "example.com/a.xml", "ftp://example.com/a.xml",
        "https://", " https://example.com/a.xml", "https://example.com/a.xml\n", "mailto:a@example.com"}) {
      cases.add(Arguments.of("aleg URL '" + url + "'", (UnaryOperator<TransferRequest.Builder>) b -> b.alegUrl(url),
          "alegUrl must be an absolute http or https URL, was \"" + url + '"'));
    }
    cases.add(Arguments.of("bad bleg URL", (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BOTH)
        .blegUrl("nope"), "blegUrl must be an absolute http or https URL, was \"nope\""));
    for (String method : new String[] {"PUT", "", "G ET", "posts", "DELETE"}) {
      cases.add(Arguments.of("aleg method '" + method + "'",
          (UnaryOperator<TransferRequest.Builder>) b -> b.alegMethod(method),
          "alegMethod must be GET or POST, was \"" + method + '"'));
    }
    cases.add(Arguments.of("bad bleg method", (UnaryOperator<TransferRequest.Builder>) b -> b.legs(TransferRequest.Legs.BOTH)
        .blegUrl(B_URL).blegMethod("patch"), "blegMethod must be GET or POST, was \"patch\""));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTransfers")
  void badTransfersAreRefusedByBuildNamingTheParameter(String what, UnaryOperator<TransferRequest.Builder> change,
      String message) {
    TransferRequest.Builder builder = change.apply(toAleg());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTransferRequestIsARecordWithCheckedUpperCaseMethods() {
    TransferRequest request = TransferRequest.builder().callUuid(CURRENT_UUID).legs(TransferRequest.Legs.BOTH)
        .alegUrl(A_URL).alegMethod("get").blegUrl(B_URL).build();

    assertThat(request.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(request.legs()).isEqualTo(TransferRequest.Legs.BOTH);
    assertThat(request.alegUrl()).isEqualTo(A_URL);
    assertThat(request.alegMethod()).isEqualTo("GET");
    assertThat(request.blegUrl()).isEqualTo(B_URL);
    assertThat(request.blegMethod()).isNull();
    assertThat(request.transfersAleg()).isTrue();
    assertThat(request.transfersBleg()).isTrue();
    assertThat(request).isEqualTo(new TransferRequest(CURRENT_UUID, TransferRequest.Legs.BOTH, A_URL, "GET", B_URL,
        null));
    assertThat(request.toString()).isEqualTo("TransferRequest[callUuid=" + CURRENT_UUID + ", legs=BOTH, alegUrl="
        + A_URL + ", alegMethod=GET, blegUrl=" + B_URL + ", blegMethod=null]");
    TransferRequest byDefault = toAleg().build();
    assertThat(byDefault.legs()).isNull();
    assertThat(byDefault.transfersAleg()).isTrue();
    assertThat(byDefault.transfersBleg()).isFalse();
    assertThat(Stream.of(TransferRequest.Legs.values()).map(TransferRequest.Legs::wireValue))
        .containsExactly("aleg", "bleg", "both");
    assertThat(new HangupRequest(CURRENT_UUID).callUuid()).isEqualTo(CURRENT_UUID);
  }
}
