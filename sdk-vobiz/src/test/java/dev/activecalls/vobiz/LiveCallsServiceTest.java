package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static dev.activecalls.vobiz.Fixtures.CURRENT_UUID;
import static dev.activecalls.vobiz.Fixtures.LEGACY_UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import dev.activecalls.core.ApiResponse;
import dev.activecalls.core.RequestOptions;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end against MockWebServer: what Vobiz receives, and what the caller gets back. */
class LiveCallsServiceTest {
  private static final String LIVE_PATH = "/api/v1/Account/" + AUTH_ID + "/Call/";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private VobizClient vobiz;

  @BeforeEach
  void setUp() {
    vobiz = client(AUTH_ID);
  }

  @AfterEach
  void tearDown() {
    vobiz.close();
  }

  private VobizClient client(String authId) {
    return VobizClient.builder()
        .authId(authId)
        .authToken(AUTH_TOKEN)
        .baseUrl(server.url("/").toString())
        .sleeper(sleeper)
        .build();
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private void enqueue(int code, String body, String headerName, String headerValue) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader(headerName, headerValue).build());
  }

  private static void assertAuthenticated(RecordedRequest request) {
    assertThat(request.getHeaders().get("X-Auth-ID")).isEqualTo(AUTH_ID);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(AUTH_TOKEN);
    assertThat(request.getHeaders().get("User-Agent")).matches("activecalls-java/\\S+ vobiz Java/.+");
  }

  // ---- what Vobiz receives ----

  @Test
  void getSendsThePascalCasePathWithTrailingSlashAndStatusLive() throws Exception {
    enqueue(200, Fixtures.read("legacy-live-call.json"));

    vobiz.liveCalls().get(LEGACY_UUID);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine())
        .isEqualTo("GET " + LIVE_PATH + LEGACY_UUID + "/?status=live HTTP/1.1");
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(LIVE_PATH + LEGACY_UUID + "/");
    assertThat(request.getUrl().queryParameterNames()).containsExactly("status");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("live");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertAuthenticated(request);
  }

  @Test
  void listSendsThePascalCasePathWithTrailingSlashAndStatusLive() throws Exception {
    enqueue(200, Fixtures.read("live-call-list.json"));

    LiveCallList list = vobiz.liveCalls().list();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestLine()).isEqualTo("GET " + LIVE_PATH + "?status=live HTTP/1.1");
    assertAuthenticated(request);
    assertThat(list.apiId()).isEqualTo("9d4b2a10-6c3e-4f5a-8b7d-1e2f3a4b5c6d");
    assertThat(list.callUuids()).containsExactly(CURRENT_UUID, LEGACY_UUID);
  }

  @Test
  void oddCharactersInCallUuidAndAuthIdGoOutAsOneEncodedSegmentEach() throws Exception {
    enqueue(200, "{\"call_uuid\":\"x\"}");
    enqueue(200, "{\"calls\":[]}");
    try (VobizClient odd = client("MA/1+2 ?#")) {
      odd.liveCalls().get("a b/c+d?é%..");
      odd.liveCalls().list();
    }

    RecordedRequest get = server.takeRequest();
    assertThat(get.getTarget())
        .isEqualTo("/api/v1/Account/MA%2F1%2B2%20%3F%23/Call/a%20b%2Fc%2Bd%3F%C3%A9%25../?status=live");
    assertThat(get.getUrl().pathSegments())
        .containsExactly("api", "v1", "Account", "MA/1+2 ?#", "Call", "a b/c+d?é%..", "");
    assertThat(get.getHeaders().get("X-Auth-ID")).isEqualTo("MA/1+2 ?#");
    RecordedRequest list = server.takeRequest();
    assertThat(list.getTarget()).isEqualTo("/api/v1/Account/MA%2F1%2B2%20%3F%23/Call/?status=live");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", ".", ".."})
  void badCallUuidIsRejectedBeforeAnythingIsSent(String callUuid) {
    LiveCallsService calls = vobiz.liveCalls();
    LiveCallsServiceAsync asyncCalls = vobiz.async().liveCalls();
    assertThatThrownBy(() -> calls.get(callUuid))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callUuid");
    assertThatThrownBy(() -> calls.find(callUuid)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> asyncCalls.get(callUuid)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> asyncCalls.find(callUuid)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calls.withRawResponse().get(callUuid)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nullCallUuidIsRejectedNamingIt() {
    assertThatThrownBy(() -> new GetLiveCallRequest(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callUuid is required");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void requestRecordAndOptionsAreHonoured() throws Exception {
    enqueue(503, "");
    RequestOptions options = RequestOptions.builder().maxRetries(0).header("X-Trace", "t-1").build();

    assertThatThrownBy(() -> vobiz.liveCalls().get(new GetLiveCallRequest(CURRENT_UUID), options))
        .isInstanceOf(InternalServerException.class);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(server.getRequestCount()).isEqualTo(1); // maxRetries(0): no retry of the 503
    assertThat(sleeper.waits()).isEmpty();
  }

  // ---- what the caller gets ----

  @Test
  void getDecodesTheLegacySeedShape() {
    enqueue(200, Fixtures.read("legacy-live-call.json"));

    LiveCall call = vobiz.liveCalls().get(LEGACY_UUID);

    assertThat(call.callUuid()).isEqualTo(LEGACY_UUID);
    assertThat(call.state().is(CallState.ACTIVE)).isTrue();
    assertThat(call.duration()).isEqualTo(Duration.ofSeconds(180));
    assertThat(call.answerTime()).isEqualTo(Instant.parse("2014-10-15T09:03:43Z"));
    assertThat(call.from()).isEqualTo("+14156667777");
    assertThat(call.apiId()).isEqualTo("c8b427f6-58ce-11e1-86da-adf28403fe48");
  }

  @Test
  void getDecodesTheCurrentShape() {
    enqueue(200, Fixtures.read("current-live-call.json"));

    LiveCall call = vobiz.liveCalls().get(CURRENT_UUID);

    assertThat(call.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(call.state().is(CallState.ACTIVE)).isTrue();
    assertThat(call.state().raw()).isEqualTo("in-progress");
    assertThat(call.sessionStart()).isEqualTo(Instant.parse("2026-06-11T16:03:28.586839Z"));
    assertThat(call.direction().is(CallDirection.INBOUND)).isTrue();
    assertThat(call.callerName()).isEqualTo("Front Desk");
  }

  @Test
  void clientTimestampZoneAppliesToZonelessTimesOnly() {
    enqueue(200, "{\"call_uuid\":\"u-1\",\"session_start\":\"2026-06-11 16:03:28.586839\","
        + "\"answer_time\":\"2022-06-28 19:39:05+05:30\"}");
    try (VobizClient kolkata = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
        .baseUrl(server.url("/").toString()).timestampZone(ZoneId.of("Asia/Kolkata")).build()) {
      LiveCall call = kolkata.liveCalls().get("u-1");
      assertThat(call.sessionStart()).isEqualTo(Instant.parse("2026-06-11T10:33:28.586839Z"));
      assertThat(call.answerTime()).isEqualTo(Instant.parse("2022-06-28T14:09:05Z"));
    }
  }

  @Test
  void findGivesTheCallWhenLive() {
    enqueue(200, Fixtures.read("current-live-call.json"));
    assertThat(vobiz.liveCalls().find(CURRENT_UUID)).map(LiveCall::callUuid).contains(CURRENT_UUID);
  }

  @Test
  void notFoundIsNotFoundExceptionForGetAndEmptyForFind() throws Exception {
    String body = "{\"api_id\":\"a-404\",\"error\":\"not found\"}";
    enqueue(404, body);
    enqueue(404, body, "x-request-id", "hdr-404");

    assertThatThrownBy(() -> vobiz.liveCalls().get(LEGACY_UUID))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorMessage()).isEqualTo("not found");
          assertThat(e.requestId()).isEqualTo("a-404");
          assertThat(e.body()).isEqualTo(body);
          assertThat(e.getMessage())
              .isEqualTo("HTTP 404 from GET " + LIVE_PATH + LEGACY_UUID + "/: not found (request id: a-404)");
        });
    ApiResponse<Optional<LiveCall>> raw = vobiz.liveCalls().withRawResponse().find(LEGACY_UUID);
    assertThat(raw.body()).isEmpty();
    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(raw.requestId()).isEqualTo("hdr-404");
    assertThat(server.getRequestCount()).isEqualTo(2); // a 404 is never retried
  }

  @Test
  void legacyBodyWithNoLiveCallsIsNotLive() {
    enqueue(200, "{\"api_id\":\"a-1\",\"calls\":[]}");
    enqueue(200, "{\"api_id\":\"a-2\",\"calls\":[]}");

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200); // the real status; the meaning is "not found"
          assertThat(e.vendorMessage()).isEqualTo("Call u-1 is not live: Vobiz listed no live calls");
          assertThat(e.body()).isEqualTo("{\"api_id\":\"a-1\",\"calls\":[]}");
        });
    ApiResponse<Optional<LiveCall>> raw = vobiz.liveCalls().withRawResponse().find("u-1");
    assertThat(raw.body()).isEmpty();
    assertThat(raw.statusCode()).isEqualTo(200);
  }

  @Test
  void twoHundredWithNotFoundErrorIsNotFound() {
    enqueue(200, "{\"api_id\":\"a-7\",\"error\":\"call not found\"}");
    enqueue(200, "{\"api_id\":\"a-8\",\"error\":\"call not found\"}");

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.vendorMessage()).isEqualTo("call not found");
          assertThat(e.requestId()).isEqualTo("a-7");
        });
    assertThat(vobiz.liveCalls().find("u-1")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"api_id\":\"a\",\"error\":\"Invalid call_uuid\"}                                     | BadRequestException",
      "{\"api_id\":\"a\",\"error\":\"Authentication credentials invalid\"}                    | AuthenticationException",
      "{\"api_id\":\"a\",\"error\":\"Permission denied for sub-account\"}                     | PermissionDeniedException",
      "{\"status\":\"error\",\"error\":{\"code\":\"CALL_NOT_FOUND\",\"message\":\"gone\"}}    | NotFoundException",
      "{\"status\":\"error\",\"error\":{\"code\":\"409\",\"message\":\"busy\"}}               | ConflictException",
  })
  void twoHundredWithAnErrorBodyThrowsTheMatchingException(String body, String exception) {
    enqueue(200, body);
    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.body()).isEqualTo(body);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void twoHundredWithStructuredErrorCarriesCodeMessageAndRequestId() {
    String body = "{\"status\":\"error\",\"error\":{\"code\":\"CALL_NOT_FOUND\",\"message\":\"No live call\","
        + "\"details\":{\"retryAfter\":1}},\"timestamp\":\"2026-06-11T16:03:28Z\",\"requestId\":\"req-200\"}";
    enqueue(200, body);
    enqueue(200, body);

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.errorCode()).isEqualTo("CALL_NOT_FOUND");
          assertThat(e.vendorMessage()).isEqualTo("No live call");
          assertThat(e.requestId()).isEqualTo("req-200");
          assertThat(e.body()).isEqualTo(body);
        });
    assertThat(vobiz.liveCalls().find("u-1")).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "list"})
  void twoHundredRateLimitIsRetriedAfterDetailsRetryAfter(String verb) {
    enqueue(200, "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Slow down\","
        + "\"details\":{\"retryAfter\":6}},\"requestId\":\"req-1\"}");
    enqueue(200, Fixtures.read(verb.equals("get") ? "current-live-call.json" : "live-call-list.json"));

    if (verb.equals("get")) {
      assertThat(vobiz.liveCalls().get(CURRENT_UUID).callUuid()).isEqualTo(CURRENT_UUID);
    } else {
      assertThat(vobiz.liveCalls().list().count()).isEqualTo(2);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(6));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void twoHundredRateLimitPersistingGivesRateLimitException() {
    String body = "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Slow down\","
        + "\"details\":{\"retryAfter\":\"3\"}},\"requestId\":\"req-429\"}";
    enqueue(200, body);
    enqueue(200, body);
    enqueue(200, body);

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.errorCode()).isEqualTo("RATE_LIMITED");
          assertThat(e.vendorMessage()).isEqualTo("Slow down");
          assertThat(e.requestId()).isEqualTo("req-429");
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        });
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"calls\":\"nope\",\"api_id\":\"a-9\",\"error\":\"not found\"}",
      "{\"call_duration\":\"abc\",\"api_id\":\"a-9\",\"error\":\"not found\"}",
      "{\"api_id\":\"a-9\",\"calls\":[{\"call_uuid\":\"u-1\",\"answer_time\":7}],\"error\":\"not found\"}",
  })
  void twoHundredErrorIsNotHiddenByAWronglyTypedCallField(String body) {
    enqueue(200, body);
    enqueue(200, body);

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.vendorMessage()).isEqualTo("not found");
          assertThat(e.requestId()).isEqualTo("a-9");
        });
    assertThat(vobiz.liveCalls().find("u-1")).isEmpty();
  }

  @Test
  void listTwoHundredErrorIsNotHiddenByWronglyTypedCalls() {
    enqueue(200, "{\"calls\":[{\"not\":\"a uuid\"}],\"api_id\":\"a-10\",\"error\":\"Invalid request\"}");
    assertThatThrownBy(() -> vobiz.liveCalls().list())
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.vendorMessage()).isEqualTo("Invalid request");
          assertThat(e.requestId()).isEqualTo("a-10");
        });
  }

  @Test
  void statusLiveAndBlankErrorAreStillASuccess() {
    String call = Fixtures.read("current-live-call.json");
    String list = Fixtures.read("live-call-list.json");
    enqueue(200, call);
    enqueue(200, call.replaceFirst("\\{", "{\"status\":\"live\",\"error\":\"\","));
    enqueue(200, call.replaceFirst("\\{", "{\"error\":null,"));
    enqueue(200, list);
    enqueue(200, list.replaceFirst("\\{", "{\"status\":\"live\",\"error\":null,"));

    LiveCall plain = vobiz.liveCalls().get(CURRENT_UUID);
    assertThat(vobiz.liveCalls().get(CURRENT_UUID)).isEqualTo(plain);
    assertThat(vobiz.liveCalls().find(CURRENT_UUID)).contains(plain);
    LiveCallList plainList = vobiz.liveCalls().list();
    assertThat(vobiz.liveCalls().list()).isEqualTo(plainList);
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void listTwoHundredWithErrorThrows() {
    enqueue(200, "{\"api_id\":\"a-9\",\"error\":\"Invalid request\"}");
    assertThatThrownBy(() -> vobiz.liveCalls().list())
        .isInstanceOfSatisfying(BadRequestException.class,
            e -> assertThat(e.vendorMessage()).isEqualTo("Invalid request"));
  }

  @Test
  void structuredErrorFormIsReadIntoTheException() {
    enqueue(401, "{\"status\":\"error\",\"error\":{\"code\":\"INVALID_AUTH\",\"message\":\"Invalid auth token\"},"
        + "\"timestamp\":\"2026-06-11T16:03:28Z\",\"requestId\":\"req-401\"}");

    assertThatThrownBy(() -> vobiz.liveCalls().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo("INVALID_AUTH");
          assertThat(e.vendorMessage()).isEqualTo("Invalid auth token");
          assertThat(e.requestId()).isEqualTo("req-401");
          assertThat(e.getMessage()).isEqualTo("HTTP 401 from GET " + LIVE_PATH
              + ": Invalid auth token [code: INVALID_AUTH] (request id: req-401)");
          assertThat(e.getMessage()).doesNotContain(AUTH_TOKEN);
        });
  }

  @Test
  void plivoErrorFormIsReadIntoTheException() {
    enqueue(403, "{\"api_id\":\"a-403\",\"error\":\"forbidden\"}");
    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.vendorMessage()).isEqualTo("forbidden");
          assertThat(e.requestId()).isEqualTo("a-403");
          assertThat(e.errorCode()).isNull();
        });
  }

  @Test
  void rateLimitWithoutRetryAfterHeaderWaitsForDetailsRetryAfter() throws Exception {
    enqueue(429, "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Slow down\","
        + "\"details\":{\"retryAfter\":7}},\"requestId\":\"req-429\"}");
    enqueue(200, Fixtures.read("current-live-call.json"));

    LiveCall call = vobiz.liveCalls().get(CURRENT_UUID);

    assertThat(call.callUuid()).isEqualTo(CURRENT_UUID);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
    // The retry carries the same path and both credentials.
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getTarget()).isEqualTo(LIVE_PATH + CURRENT_UUID + "/?status=live");
      assertAuthenticated(request);
    }
  }

  @Test
  void retryAfterHeaderWinsOverTheBody() {
    enqueue(429, "{\"status\":\"error\",\"error\":{\"details\":{\"retryAfter\":\"9\"}}}", "Retry-After", "2");
    enqueue(200, Fixtures.read("live-call-list.json"));

    vobiz.liveCalls().list();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void rateLimitPersistingGivesRateLimitExceptionWithRetryAfter() {
    String body = "{\"status\":\"error\",\"error\":{\"code\":\"RATE_LIMITED\",\"details\":{\"retryAfter\":\"3\"}}}";
    enqueue(429, body);
    enqueue(429, body);
    enqueue(429, body);

    assertThatThrownBy(() -> vobiz.liveCalls().list())
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void serverErrorThenSuccessIsRetriedWithBackoff() throws Exception {
    enqueue(502, "<html>Bad Gateway</html>");
    enqueue(200, Fixtures.read("legacy-live-call.json"));

    LiveCall call = vobiz.liveCalls().get(LEGACY_UUID);

    assertThat(call.callUuid()).isEqualTo(LEGACY_UUID);
    assertThat(sleeper.waits()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    server.takeRequest();
    assertAuthenticated(server.takeRequest());
  }

  @Test
  void persistentServerErrorGivesInternalServerExceptionAfterRetries() {
    enqueue(500, "oops");
    enqueue(500, "oops");
    enqueue(500, "{\"api_id\":\"a-500\",\"error\":\"internal error\"}");

    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.vendorMessage()).isEqualTo("internal error");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void unknownStateIsKeptRawEndToEnd() {
    enqueue(200, "{\"call_uuid\":\"u-1\",\"call_status\":\"whispering\",\"new_field\":{\"a\":1}}");
    LiveCall call = vobiz.liveCalls().get("u-1");
    assertThat(call.state().isKnown()).isFalse();
    assertThat(call.state().raw()).isEqualTo("whispering");
  }

  @Test
  void malformedBodyIsAResponseDecodingException() {
    enqueue(200, "{\"call_uuid\":\"u-1\",\"call_duration\":\"three minutes\"}", "x-request-id", "r-bad");
    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.call_duration");
          assertThat(e.requestId()).isEqualTo("r-bad");
          assertThat(e.bodyExcerpt()).contains("three minutes");
        });
    assertThat(server.getRequestCount()).isEqualTo(1); // not retried: it would be the same answer
  }

  @Test
  void truncatedBodyIsADecodingErrorWhereTheDecodingStopped() {
    // The wrongly typed field stops the decoding; the second look for an error then runs into the
    // missing end, so the decoding failure is what is reported.
    enqueue(200, "{\"calls\":\"nope\",\"error\":\"not found\"");
    assertThatThrownBy(() -> vobiz.liveCalls().get("u-1"))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.calls");
          assertThat(e.getCause()).isInstanceOf(JsonDataException.class);
        });
  }

  @Test
  void notJsonIsAResponseDecodingException() {
    enqueue(200, "<html>maintenance</html>");
    assertThatThrownBy(() -> vobiz.liveCalls().list()).isInstanceOf(ResponseDecodingException.class);
  }

  // ---- raw responses ----

  @Test
  void rawResponsesCarryStatusHeadersAndRequestId() {
    server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("current-live-call.json"))
        .addHeader("x-request-id", "r-get").addHeader("X-RateLimit-Remaining", "59").build());
    enqueue(200, Fixtures.read("live-call-list.json"), "request-id", "r-list");

    ApiResponse<LiveCall> get = vobiz.liveCalls().withRawResponse().get(CURRENT_UUID);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.requestId()).isEqualTo("r-get");
    assertThat(get.headers().get("X-RateLimit-Remaining")).isEqualTo("59");
    assertThat(get.body().callUuid()).isEqualTo(CURRENT_UUID);

    ApiResponse<LiveCallList> list = vobiz.liveCalls().withRawResponse().list();
    assertThat(list.requestId()).isEqualTo("r-list");
    assertThat(list.body().count()).isEqualTo(2);
  }

  // ---- async ----

  @Test
  void asyncVariantsDecode() throws Exception {
    enqueue(200, Fixtures.read("current-live-call.json"));
    enqueue(200, Fixtures.read("legacy-live-call.json"));
    enqueue(404, "{\"api_id\":\"a\",\"error\":\"not found\"}");
    enqueue(200, Fixtures.read("live-call-list.json"));

    assertThat(vobiz.async().liveCalls().get(CURRENT_UUID).get(5, TimeUnit.SECONDS).callUuid())
        .isEqualTo(CURRENT_UUID);
    assertThat(vobiz.async().liveCalls().find(LEGACY_UUID).get(5, TimeUnit.SECONDS))
        .map(LiveCall::callUuid).contains(LEGACY_UUID);
    assertThat(vobiz.async().liveCalls().find("gone").get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(vobiz.async().liveCalls().list().get(5, TimeUnit.SECONDS).callUuids()).hasSize(2);
    assertThat(server.takeRequest().getTarget()).isEqualTo(LIVE_PATH + CURRENT_UUID + "/?status=live");
  }

  @Test
  void asyncRawVariantsCarryTheResponse() throws Exception {
    enqueue(200, Fixtures.read("current-live-call.json"), "x-request-id", "r-1");
    enqueue(404, "{\"api_id\":\"a-404\",\"error\":\"not found\"}");
    enqueue(200, Fixtures.read("live-call-list.json"), "x-request-id", "r-3");
    LiveCallsServiceAsync.WithRawResponse raw = vobiz.async().liveCalls().withRawResponse();

    assertThat(raw.get(CURRENT_UUID).get(5, TimeUnit.SECONDS).requestId()).isEqualTo("r-1");
    ApiResponse<Optional<LiveCall>> notLive = raw.find("gone").get(5, TimeUnit.SECONDS);
    assertThat(notLive.statusCode()).isEqualTo(404);
    assertThat(notLive.requestId()).isEqualTo("a-404");
    assertThat(notLive.body()).isEmpty();
    assertThat(raw.list().get(5, TimeUnit.SECONDS).requestId()).isEqualTo("r-3");
  }

  @Test
  void asyncGetFailsWithNotFoundException() {
    enqueue(200, "{\"calls\":[]}");
    CompletableFuture<LiveCall> future = vobiz.async().liveCalls().get("u-1");
    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void asyncRetriesWaitForDetailsRetryAfter() throws Exception {
    enqueue(429, "{\"status\":\"error\",\"error\":{\"details\":{\"retryAfter\":4}}}");
    enqueue(200, Fixtures.read("live-call-list.json"));

    assertThat(vobiz.async().liveCalls().list().get(5, TimeUnit.SECONDS).count()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "find", "list"})
  void cancellingDuringARetryWaitStopsTheRetry(String verb) throws Exception {
    sleeper.holdScheduled();
    enqueue(503, "");
    enqueue(200, Fixtures.read("current-live-call.json")); // must never be asked for
    Function<LiveCallsServiceAsync, CompletableFuture<?>> call = switch (verb) {
      case "get" -> s -> s.get(CURRENT_UUID);
      case "find" -> s -> s.find(CURRENT_UUID);
      default -> LiveCallsServiceAsync::list;
    };

    CompletableFuture<?> future = call.apply(vobiz.async().liveCalls());
    server.takeRequest(5, TimeUnit.SECONDS);
    awaitHeldRetry();
    assertThat(future.cancel(true)).isTrue();
    sleeper.runHeld();

    assertThat(future).isCancelled();
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private void awaitHeldRetry() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (sleeper.heldCount() == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no retry was scheduled");
      }
      Thread.onSpinWait();
    }
  }
}
