package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.BadRequestException;
import dev.activecalls.core.errors.ConflictException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.PermissionDeniedException;
import dev.activecalls.core.errors.RateLimitException;
import dev.activecalls.core.errors.UnexpectedStatusException;
import dev.activecalls.core.errors.UnprocessableEntityException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private TestClient client;

  @BeforeEach
  void setUp() {
    client = TestClient.builder().apiKey("secret-key-123").baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(503, InternalServerException.class),
        Arguments.of(599, InternalServerException.class),
        Arguments.of(405, UnexpectedStatusException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(304, UnexpectedStatusException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsTypeWithStatusBodyCodeMessageAndRequestId(int status, Class<? extends ApiException> type) {
    String body = "{\"message\":\"vendor says " + status + "\",\"code\":\"E" + status + "\"}";
    server.enqueue(new MockResponse.Builder().code(status).addHeader("x-request-id", "r-" + status)
        .addHeader("X-Extra", "yes").body(status == 304 ? "" : body).build());

    ApiException e = catchThrowableOfType(type, () -> client.get("x"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("r-" + status);
    assertThat(e.headers().get("X-Extra")).isEqualTo("yes");
    if (status != 304) {
      assertThat(e.body()).isEqualTo(body);
      assertThat(e.vendorMessage()).isEqualTo("vendor says " + status);
      assertThat(e.errorCode()).isEqualTo("E" + status);
      assertThat(e).hasMessage("HTTP " + status + " from GET /things/x: vendor says " + status
          + " [code: E" + status + "] (request id: r-" + status + ")");
    }
    assertThat(e.getMessage()).doesNotContain("secret-key-123");
  }

  @Test
  void requestIdFallsBackToTheRequestIdHeaderThenToTheBody() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("request-id", "h-1").build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"requestId\":\"b-1\"}").build());

    assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("a")).requestId()).isEqualTo("h-1");
    assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("b")).requestId()).isEqualTo("b-1");
  }

  @Test
  void withoutAVendorMessageTheMessageQuotesTheBodyOrSaysItIsEmpty() {
    server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());
    server.enqueue(new MockResponse.Builder().code(502).build());
    client = TestClient.builder().apiKey("k").baseUrl(server.url("/").toString()).maxRetries(0).build();

    assertThat(catchThrowableOfType(InternalServerException.class, () -> client.get("a")))
        .hasMessage("HTTP 502 from GET /things/a: <html>Bad gateway</html>")
        .satisfies(e -> assertThat(e.vendorMessage()).isNull());
    assertThat(catchThrowableOfType(InternalServerException.class, () -> client.get("b")))
        .hasMessage("HTTP 502 from GET /things/b: (empty body)");
  }

  @Test
  void theBodyIsBoundedTo64KiB() {
    String huge = "x".repeat(200_000);
    server.enqueue(new MockResponse.Builder().code(500).body(huge).build());

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> client.get("a"));

    assertThat(e.body()).hasSize(64 * 1024);
    assertThat(e.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void aBrokenErrorParserDoesNotHideTheStatus() {
    // TestClient's parser reads JSON objects only; a JSON array yields no details, not a crash.
    server.enqueue(new MockResponse.Builder().code(409).body("[1,2,3]").build());

    ConflictException e = catchThrowableOfType(ConflictException.class, () -> client.get("a"));

    assertThat(e.vendorMessage()).isNull();
    assertThat(e.body()).isEqualTo("[1,2,3]");
  }

  @Test
  void errorsAreRootedAtOneType() {
    assertThat(dev.activecalls.core.errors.ActiveCallsException.class)
        .isAssignableFrom(ApiException.class)
        .isAssignableFrom(dev.activecalls.core.errors.ApiConnectionException.class)
        .isAssignableFrom(dev.activecalls.core.errors.ApiTimeoutException.class)
        .isAssignableFrom(dev.activecalls.core.errors.ResponseDecodingException.class);
    assertThat(RuntimeException.class).isAssignableFrom(dev.activecalls.core.errors.ActiveCallsException.class);
  }
}
