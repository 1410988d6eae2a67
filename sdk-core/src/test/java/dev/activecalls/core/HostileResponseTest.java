package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.core.errors.AuthenticationException;
import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.errors.ResponseTooLargeException;
import dev.activecalls.core.internal.ApiRequest;
import dev.activecalls.core.testsupport.LogCapture;
import dev.activecalls.core.testsupport.RawServer;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight defects an adversarial review found (a hostile vendor, a broken proxy, a careless
 * caller), one nested class each, all over real HTTP on loopback.
 */
class HostileResponseTest {
  /** Guards against a hang; not a speed assertion (a fixed decoder takes microseconds). */
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final String SECRET = "sk_live_TOPSECRET_0123456789";

  @StartStop final MockWebServer server = new MockWebServer();

  private TestClient.Builder builder() {
    return TestClient.builder().apiKey(SECRET).baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).maxRetries(0);
  }

  private void respond(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("x-request-id", "r-hostile").body(body).build());
  }

  private static <T> T guarded(Supplier<T> call) {
    return assertTimeoutPreemptively(HANG_GUARD, call::get);
  }

  /** Runs {@code call} on a fresh client, closed afterwards, and returns what it threw. */
  private <E extends Throwable> E fails(Class<E> type, Consumer<TestClient> call) {
    return guarded(() -> {
      try (TestClient client = builder().build()) {
        return catchThrowableOfType(type, () -> call.accept(client));
      }
    });
  }

  private static void measured(TestClient client) {
    client.http.execute(TestClient.measured(), RequestOptions.none());
  }

  /** Defect 1: numbers decode in time linear in their text; out of range is a decoding failure. */
  @Nested
  class Numbers {
    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "1e400000000", "9e999999999999", "1E+400000000", "123456789012345678901"})
    void aDurationOutOfRangeIsADecodingFailureNamingThePath(String number) {
      respond(200, "{\"id\":\"m\",\"took\":" + number + "}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.jsonPath()).isEqualTo("$.took");
      assertThat(e.getMessage()).contains("$.took").contains("out of range");
      assertThat(e.requestId()).isEqualTo("r-hostile");
    }

    @Test
    void aMillionDigitDurationIsRefusedInOnePass() {
      respond(200, "{\"id\":\"m\",\"took\":" + "9".repeat(1_000_000) + "}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.jsonPath()).isEqualTo("$.took");
      assertThat(e.getMessage()).hasSizeLessThan(2_000);
    }

    @Test
    void aNumberLiteralOfMillionsOfDigitsIsCutOffAtItsOwnPath() {
      // Turning millions of digits into a number takes time quadratic in their count: refused unparsed.
      respond(200, "{\"id\":\"m\",\"took\":" + "7".repeat(16_000_000) + ",\"amount\":1}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.jsonPath()).isEqualTo("$.took");
      assertThat(e.getMessage()).contains("longer than 1024 characters").hasSizeLessThan(2_000);
    }

    @Test
    void tinyAndFractionalDurationsRoundToTheNanosecond() {
      respond(200, "{\"id\":\"m\",\"took\":1e-400000000}");
      respond(200, "{\"id\":\"m\",\"took\":12.3456789015}");
      respond(200, "{\"id\":\"m\",\"took\":0.00000000049}");
      respond(200, "{\"id\":\"m\",\"took\":1.5e3}");
      try (TestClient client = builder().build()) {
        assertThat(guarded(() -> took(client))).isEqualTo(Duration.ZERO);
        assertThat(took(client)).isEqualTo(Duration.ofNanos(12_345_678_902L));
        assertThat(took(client)).isEqualTo(Duration.ZERO);
        assertThat(took(client)).isEqualTo(Duration.ofSeconds(1_500));
      }
    }

    private Duration took(TestClient client) {
      return client.http.execute(TestClient.measured(), RequestOptions.none()).body().took();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400000000", "\"1e400000000\"", "1e-400000000", "\"-1E-999999\""})
    void aDecimalOutOfRangeIsADecodingFailureNamingThePath(String number) {
      respond(200, "{\"id\":\"m\",\"amount\":" + number + "}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.jsonPath()).isEqualTo("$.amount");
      assertThat(e.getMessage()).contains("out of range");
    }

    @Test
    void aHundredThousandDigitDecimalIsRefusedAndOrdinaryMoneyStillReads() {
      respond(200, "{\"id\":\"m\",\"amount\":\"1" + "0".repeat(100_000) + "\"}");
      respond(200, "{\"id\":\"m\",\"amount\":-0.00850}");
      try (TestClient client = builder().build()) {
        ResponseDecodingException e = guarded(() -> catchThrowableOfType(ResponseDecodingException.class,
            () -> client.http.execute(TestClient.measured(), RequestOptions.none())));
        assertThat(e.jsonPath()).isEqualTo("$.amount");

        BigDecimal amount = client.http.execute(TestClient.measured(), RequestOptions.none()).body().amount();
        assertThat(amount).isEqualTo(new BigDecimal("-0.00850"));
      }
    }
  }

  /** Defect 2: a response-size cap, counted on decompressed bytes. */
  @Nested
  class SizeCap {
    @Test
    void theDefaultIs32MiB() {
      assertThat(ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(32L * 1024 * 1024);
      try (TestClient client = builder().build()) {
        assertThat(client.http.config().maxResponseBytes()).isEqualTo(32L * 1024 * 1024);
      }
      assertThatThrownBy(() -> builder().maxResponseBytes(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
    }

    @Test
    void anEndlessBodyStopsAtTheLimitAndTheConnectionIsDropped() throws Exception {
      AtomicLong written = new AtomicLong();
      CountDownLatch dropped = new CountDownLatch(1);
      try (RawServer endless = new RawServer((socket, raw) -> {
        raw.readRequestHead(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: r-endless\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n");
        byte[] call = "{\"id\":\"t\",\"name\":\"n\"},".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[8192 / call.length * call.length];
        for (int i = 0; i < chunk.length; i += call.length) {
          System.arraycopy(call, 0, chunk, i, call.length);
        }
        try {
          RawServer.write(out, "1\r\n[\r\n");
          while (true) {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            written.addAndGet(chunk.length);
          }
        } finally {
          dropped.countDown();
        }
      });
          TestClient client = TestClient.builder().apiKey(SECRET).baseUrl(endless.url()).maxRetries(0)
              .maxResponseBytes(1024 * 1024).build()) {
        ResponseTooLargeException e = guarded(() -> catchThrowableOfType(ResponseTooLargeException.class,
            () -> client.http.execute(TestClient.things(), RequestOptions.none())));

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("r-endless");
        assertThat(e.limitBytes()).isEqualTo(1024 * 1024);
        assertThat(e).hasMessageContaining("GET /things").hasMessageContaining("1048576 bytes")
            .hasMessageContaining("maxResponseBytes").hasMessageContaining("r-endless");
        assertThat(dropped.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
            .as("the client closed the connection instead of reading on").isTrue();
        assertThat(endless.accepted()).as("not retried").isEqualTo(1);
      }
    }

    @Test
    void aGzipBombIsCountedDecompressed() throws Exception {
      // 40 MiB of JSON in well under 1 MiB on the wire; the default 32 MiB limit applies.
      Buffer gzipped = new Buffer();
      try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped.outputStream())) {
        gzip.write("{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
        byte[] filler = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 640; i++) {
          gzip.write(filler);
        }
        gzip.write("\"}".getBytes(StandardCharsets.US_ASCII));
      }
      assertThat(gzipped.size()).isLessThan(1024 * 1024);
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "gzip")
          .addHeader("x-request-id", "r-bomb").body(gzipped).build());

      try (TestClient client = builder().build()) {
        ResponseTooLargeException e = guarded(() -> catchThrowableOfType(ResponseTooLargeException.class,
            () -> client.get("bomb")));

        assertThat(e.limitBytes()).isEqualTo(ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
        assertThat(e.requestId()).isEqualTo("r-bomb");
      }
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeReading() {
      respond(200, "{\"id\":\"" + "x".repeat(4096) + "\"}");
      respond(200, "{\"id\":\"small\"}");

      try (TestClient client = builder().maxResponseBytes(1024).build()) {
        ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, () -> client.get("big"));
        assertThat(e.limitBytes()).isEqualTo(1024);
        assertThat(client.get("small").body().id()).as("the next call works").isEqualTo("small");
      }
    }

    @Test
    void aBodyExactlyAtTheLimitDecodes() {
      String body = "{\"id\":\"" + "x".repeat(1000) + "\"}";
      server.enqueue(new MockResponse.Builder().code(200).body(body).build());

      try (TestClient client = builder().maxResponseBytes(body.length()).build()) {
        assertThat(client.get("exact").body().id()).hasSize(1000);
      }
    }

  }

  /** Defects 3 and 4: close() leaves no socket open, and a closed client refuses every call. */
  @Nested
  class Close {
    @Test
    void noSocketStaysOpenOnceTheCallsInFlightAtCloseHaveEnded() throws Exception {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch arrived = new CountDownLatch(8);
      try (RawServer keepAlive = heldKeepAlive(arrived, release)) {
        TestClient client = TestClient.builder().apiKey(SECRET).baseUrl(keepAlive.url()).maxRetries(0).build();
        List<CompletableFuture<ApiResponse<TestClient.Thing>>> async = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // OkHttp runs five at once per host; more would wait in its queue
          async.add(client.http.executeAsync(TestClient.thing("a" + i), RequestOptions.none()));
        }
        List<CompletableFuture<ApiResponse<TestClient.Thing>>> sync = new ArrayList<>();
        // One thread per blocking call: the common pool may have a single thread (2 cores, JDK 25).
        ExecutorService callers = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
          String id = "s" + i;
          sync.add(CompletableFuture.supplyAsync(() -> client.get(id), callers));
        }
        callers.shutdown();
        assertThat(arrived.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("all eight calls on the wire").isTrue();

        client.close();
        release.countDown();

        for (CompletableFuture<ApiResponse<TestClient.Thing>> call : concat(async, sync)) {
          assertThat(call.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS).body().id())
              .as("a call in flight at close() still ends normally").isEqualTo("held");
        }
        assertThat(keepAlive.accepted()).isEqualTo(8);
        assertThat(keepAlive.awaitAllClosed(HANG_GUARD)).as("sockets still open after close()").isZero();
      }
    }

    @Test
    void callsStillQueuedAtCloseFailAsClosedAndNoSocketStaysOpen() throws Exception {
      // The case: 34 async calls, of which OkHttp runs 5 per host and queues the rest.
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch running = new CountDownLatch(5);
      try (RawServer keepAlive = heldKeepAlive(running, release)) {
        TestClient client = TestClient.builder().apiKey(SECRET).baseUrl(keepAlive.url()).maxRetries(0).build();
        List<CompletableFuture<ApiResponse<TestClient.Thing>>> calls = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
          calls.add(client.http.executeAsync(TestClient.thing("c" + i), RequestOptions.none()));
        }
        assertThat(running.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

        client.close();
        release.countDown();

        int succeeded = 0;
        int refused = 0;
        for (CompletableFuture<ApiResponse<TestClient.Thing>> call : calls) {
          try {
            call.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            succeeded++;
          } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("TestClient is closed");
            refused++;
          }
        }
        assertThat(succeeded).as("the calls running at close() end normally").isEqualTo(5);
        assertThat(refused).as("the queued ones are refused as closed, not as a vendor failure").isEqualTo(29);
        assertThat(keepAlive.awaitAllClosed(HANG_GUARD)).as("sockets still open after close()").isZero();
      }
    }

    /**
     * Returns a keep-alive server that counts each request down on {@code arrived}, answers it once
     * {@code release} opens, and keeps the connection for the next one until the client closes it.
     */
    private static RawServer heldKeepAlive(CountDownLatch arrived, CountDownLatch release) throws IOException {
      return new RawServer((socket, raw) -> {
        InputStream in = socket.getInputStream();
        while (raw.readRequestHead(in) != null) {
          arrived.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            return;
          }
          String body = "{\"id\":\"held\"}";
          RawServer.write(socket.getOutputStream(), "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        }
      });
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
      List<T> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }

    @Test
    void everyCallAfterCloseFailsWithIllegalStateWithoutTouchingTheNetwork() {
      TestClient client = builder().build();
      client.close();

      assertThatThrownBy(() -> client.get("x"))
          .isInstanceOf(IllegalStateException.class).hasMessage("TestClient is closed");
      CompletableFuture<ApiResponse<TestClient.Thing>> async =
          client.http.executeAsync(TestClient.thing("x"), RequestOptions.none());
      assertThat(async).isCompletedExceptionally();
      assertThatThrownBy(async::get).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(IllegalStateException.class).hasMessage("TestClient is closed");
      assertThatThrownBy(() -> client.http.executeOptional(TestClient.thing("x"), RequestOptions.none()))
          .isInstanceOf(IllegalStateException.class);
      assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aClientSharingTheCallersOkHttpClientRefusesCallsButLeavesThatClientWorking() throws Exception {
      OkHttpClient shared = new OkHttpClient();
      respond(200, "{\"id\":\"still\"}");
      TestClient client = builder().okHttpClient(shared).build();
      client.close();

      assertThatThrownBy(() -> client.get("x")).isInstanceOf(IllegalStateException.class)
          .hasMessage("TestClient is closed");
      try (Response response = shared.newCall(new Request.Builder().url(server.url("/x")).build())
          .execute()) {
        assertThat(response.body().string()).contains("still");
      }
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }

    @Test
    void aRetryDueAfterCloseIsNotSent() {
      RecordingSleeper sleeper = new RecordingSleeper().holdScheduled();
      respond(503, "{}");
      TestClient client = TestClient.builder().apiKey(SECRET).baseUrl(server.url("/").toString())
          .sleeper(sleeper).build();
      CompletableFuture<ApiResponse<TestClient.Thing>> call =
          client.http.executeAsync(TestClient.thing("x"), RequestOptions.none());
      sleeper.awaitHeld(1, HANG_GUARD);

      client.close();
      sleeper.runHeld();

      assertThatThrownBy(() -> call.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
          .cause().isInstanceOf(IllegalStateException.class).hasMessage("TestClient is closed");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  /** Found by the property tests: OkHttp's own follow-ups of 503 and 408 bypass the retry policy. */
  @Nested
  class OkHttpFollowUps {
    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void a503WithRetryAfterZeroIsNotResentBehindTheRetryPolicysBack(String method) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("{}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"second\"}").build());
      ApiRequest<TestClient.Thing> request =
          new ApiRequest<>(method, List.of("things", "x"), Map.of(), TestClient.thing("x").decoder());

      InternalServerException e;
      try (TestClient client = builder().build()) {
        e = catchThrowableOfType(InternalServerException.class, () -> client.http.execute(request, RequestOptions.none()));
      }

      assertThat(server.getRequestCount()).as("one attempt, as maxRetries(0) says").isEqualTo(1);
      assertThat(e.retryAfter()).contains(Duration.ZERO);
      assertThat(e.headers().values("Retry-After")).containsExactly("0");
      assertThat(e.headers().names()).doesNotContain("X-Activecalls-Retry-After");
    }

    @Test
    void aRetryAfterPastIntegerRangeIsAnAnswerNotAnOkHttpCrash() {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "99999999999999999999")
          .body("{}").build());

      ApiException e = fails(ApiException.class, client -> client.get("x"));

      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.headers().get("Retry-After")).isEqualTo("99999999999999999999");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a408IsRetriedByThePolicyOnlyAndItsRetryAfterIsKept() {
      server.enqueue(new MockResponse.Builder().code(408).body("{}").build());
      server.enqueue(new MockResponse.Builder().code(408).addHeader("Retry-After", "2").body("{}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"third\"}").build());
      RecordingSleeper sleeper = new RecordingSleeper();

      try (TestClient none = builder().build()) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> none.get("x"));
        assertThat(e.statusCode()).isEqualTo(408);
        assertThat(e.headers().get("Retry-After")).isNull();
      }
      assertThat(server.getRequestCount()).as("OkHttp did not resend the 408").isEqualTo(1);

      try (TestClient twice = builder().maxRetries(2).sleeper(sleeper).build()) {
        assertThat(twice.get("x").body().id()).isEqualTo("third");
      }
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(sleeper.waits()).hasSize(1).first().isEqualTo(Duration.ofSeconds(2));
    }
  }

  /** Defects 5 and 6: messages are bounded and quote the vendor's text with controls escaped. */
  @Nested
  class Messages {
    @Test
    void aHugeVendorMessageIsCutVisibly() {
      respond(404, "{\"message\":\"" + "m".repeat(63 * 1024) + "\",\"code\":\"" + "c".repeat(500) + "\"}");

      NotFoundException e = fails(NotFoundException.class, client -> client.get("x"));

      assertThat(e.getMessage()).hasSizeLessThan(2_000).contains("...").contains("more chars");
      assertThat(e.vendorMessage()).hasSizeLessThanOrEqualTo(1_100).startsWith("mmm").contains("...");
      assertThat(e.errorCode()).hasSizeLessThanOrEqualTo(300);
      assertThat(e.body()).hasSizeLessThanOrEqualTo(64 * 1024 + 40);
    }

    @Test
    void aHugeRequestIdIsCutVisibly() {
      server.enqueue(new MockResponse.Builder().code(500).addHeader("x-request-id", "r".repeat(200 * 1024))
          .body("{}").build());

      ApiException e = fails(ApiException.class, client -> client.get("x"));

      assertThat(e.getMessage()).hasSizeLessThan(2_000);
      assertThat(e.requestId()).hasSizeLessThanOrEqualTo(300).startsWith("rrr").contains("...");
    }

    @Test
    void aDecodingFailureQuotesTheBadValueBriefly() {
      respond(200, "{\"id\":\"m\",\"amount\":\"" + "ten".repeat(25_000) + "\"}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.getMessage()).hasSizeLessThan(2_000).contains("$.amount").contains("...");
      assertThat(e.getCause().getMessage()).hasSizeLessThan(2_000);
      assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(303);
    }

    @Test
    void aLongGarbageStatusLineGivesABoundedConnectionMessage() throws Exception {
      try (RawServer garbage = new RawServer((socket, raw) -> {
        raw.readRequestHead(socket.getInputStream());
        RawServer.write(socket.getOutputStream(), "HTTP/1.1 2" + "0".repeat(100_000) + " OK\r\n\r\n");
      });
          TestClient client = TestClient.builder().apiKey(SECRET).baseUrl(garbage.url()).maxRetries(0).build()) {
        ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> client.get("x"));

        assertThat(e.getMessage()).hasSizeLessThan(2_000);
        assertThat(e.getCause().getMessage()).hasSizeLessThan(2_000);
      }
    }

    @Test
    void lineBreaksAndControlsFromTheVendorAreEscaped() {
      respond(404, "{\"message\":\"gone\\r\\n2026-12-04 INFO admin logged in\\u0000\\u001b[31m\\u2028\\u202e\"}");

      NotFoundException e = fails(NotFoundException.class, client -> client.get("x"));

      assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u0000", "\u001b", "\u2028", "\u202e")
          .contains("gone\\r\\n2026-12-04 INFO admin logged in\\u0000\\u001b[31m\\u2028\\u202e");
      assertThat(e.vendorMessage()).as("the accessor keeps what was sent").contains("\r\n");
    }

    @Test
    void controlsInADecodingFailureAreEscapedToo() {
      respond(200, "{\"id\":\"m\",\"amount\":\"1\\n2\"}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.getMessage()).doesNotContain("\n").contains("1\\n2");
      assertThat(e.getCause().getMessage()).doesNotContain("\n");
    }
  }

  /** Defect 7: the client's own secret never comes back through an exception or a log line. */
  @Nested
  class Secrets {
    @Test
    void aServerEchoingTheKeyDoesNotPutItInTheException() {
      server.enqueue(new MockResponse.Builder().code(401).addHeader("x-request-id", "r-" + SECRET)
          .addHeader("WWW-Authenticate", "key=" + SECRET)
          .body("{\"message\":\"invalid api key " + SECRET + "\",\"code\":\"" + SECRET + "\"}").build());
      Throwable failure;
      try (LogCapture logs = LogCapture.http(); TestClient client = builder().build()) {
        failure = catchThrowable(() -> client.get("x"));
        assertThat(logs.text()).doesNotContain(SECRET);
      }

      AuthenticationException e = (AuthenticationException) failure;
      assertThat(e.getMessage()).doesNotContain(SECRET).contains("invalid api key [redacted]");
      assertThat(e.body()).doesNotContain(SECRET).contains("[redacted]");
      assertThat(e.vendorMessage()).doesNotContain(SECRET);
      assertThat(e.errorCode()).isEqualTo("[redacted]");
      assertThat(e.requestId()).isEqualTo("r-[redacted]");
      assertThat(e.headers().toString()).doesNotContain(SECRET);
      assertThat(e.error().toString()).doesNotContain(SECRET);
    }

    @Test
    void aJsonEscapedOrCutOffEchoIsRedactedToo() {
      String slashed = "sk/live/TOPSECRET/0123";
      String body = "{\"message\":\"key " + slashed.replace("/", "\\/") + "\",\"pad\":\"" + "p".repeat(64 * 1024 - 60)
          + "\",\"again\":\"" + slashed + "\"}";
      server.enqueue(new MockResponse.Builder().code(403).body(body).build());

      ApiException e;
      try (TestClient client =
          TestClient.builder().apiKey(slashed).baseUrl(server.url("/").toString()).maxRetries(0).build()) {
        e = catchThrowableOfType(ApiException.class, () -> client.get("x"));
      }

      assertThat(e.body()).doesNotContain(slashed).doesNotContain(slashed.replace("/", "\\/"))
          .doesNotContain("sk/live/TOP");
      assertThat(e.getMessage()).doesNotContain(slashed);
    }

    @Test
    void aDecodingFailureQuotingTheKeyIsRedacted() {
      respond(200, "{\"id\":\"m\",\"amount\":\"" + SECRET + "\"}");

      ResponseDecodingException e = fails(ResponseDecodingException.class, HostileResponseTest::measured);

      assertThat(e.getMessage()).doesNotContain(SECRET).contains("[redacted]");
      assertThat(e.bodyExcerpt()).doesNotContain(SECRET);
      assertThat(e.getCause().getMessage()).doesNotContain(SECRET);
    }
  }

  /** Defect 8: a lone surrogate in an identifier is refused before any request. */
  @Nested
  class LoneSurrogates {
    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "room-\udfff", "a\ud83d", "\ude00b"})
    void areRefusedNamingTheParameter(String id) {
      assertThat(fails(IllegalArgumentException.class, client -> client.get(id)))
          .hasMessageStartingWith("id holds a lone surrogate");
      assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void properPairsStillGoOutAsUtf8() throws Exception {
      respond(200, "{\"id\":\"emoji\"}");

      try (TestClient client = builder().build()) {
        client.get("call-\ud83d\ude00");
      }

      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/things/call-%F0%9F%98%80");
    }
  }

}
