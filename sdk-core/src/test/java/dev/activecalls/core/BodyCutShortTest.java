package dev.activecalls.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.activecalls.core.errors.ApiConnectionException;
import dev.activecalls.core.errors.ResponseDecodingException;
import dev.activecalls.core.testsupport.RawServer;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A success body the connection loses part-way is a connection failure, retried like one; a body
 * that arrived whole but holds cut-off JSON is the vendor's, a decoding failure, never retried.
 * Both for a body of declared length (decoded straight from OkHttp's buffer) and a chunked one
 * (counted on its way in), over a raw loopback socket.
 */
class BodyCutShortTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  /** Larger than the 64 KiB the pipeline reads ahead, so the cut falls while the decoder streams. */
  private static final int THINGS = 4000;
  private static final String WHOLE = IntStream.range(0, THINGS)
      .mapToObj(i -> "{\"id\":\"t" + i + "\",\"name\":\"thing number " + i + "\"}")
      .collect(Collectors.joining(",", "[", "]"));
  /** Ends after a whole element, past the first 64 KiB: to the JSON reader, an early end of input. */
  private static final String CUT = WHOLE.substring(0, WHOLE.indexOf("},", 80 * 1024) + 1);

  /** Answers the first connection with {@code first} and closes it, every later one with WHOLE. */
  private static RawServer server(String first, List<String> requests) throws Exception {
    AtomicInteger connections = new AtomicInteger();
    return new RawServer((socket, raw) -> {
      requests.add(raw.readRequestHead(socket.getInputStream()));
      OutputStream out = socket.getOutputStream();
      RawServer.write(out, connections.getAndIncrement() == 0 ? first : fixedLength(WHOLE, WHOLE.length()));
    });
  }

  private static String fixedLength(String body, int declared) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: r-cut\r\nContent-Length: " + declared
        + "\r\nConnection: close\r\n\r\n" + body;
  }

  private static String chunked(String body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: r-cut\r\nTransfer-Encoding: chunked"
        + "\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"declared length", "chunked"})
  void aBodyTheConnectionCutsShortIsAConnectionFailureAndARetryGetsTheWholeList(String framing) throws Exception {
    String first = framing.equals("chunked") ? chunked(CUT) : fixedLength(CUT, WHOLE.length());
    List<String> requests = new CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (RawServer server = server(first, requests);
        TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url()).maxRetries(1).sleeper(sleeper)
            .build()) {
      ApiResponse<List<TestClient.Thing>> response = assertTimeoutPreemptively(HANG_GUARD,
          () -> client.http.execute(TestClient.things(), RequestOptions.none()));

      assertThat(response.body()).hasSize(THINGS)
          .startsWith(new TestClient.Thing("t0", "thing number 0"))
          .endsWith(new TestClient.Thing("t3999", "thing number 3999"));
      assertThat(response.requestId()).isEqualTo("r-cut");
      assertThat(requests).hasSize(2).allSatisfy(head -> assertThat(head).startsWith("GET /things HTTP/1.1\r\n"));
      assertThat(sleeper.waits()).as("one backoff before the retry").hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"declared length", "chunked"})
  void withoutRetriesTheCutIsReportedAsTheConnectionsNotTheJsons(String framing) throws Exception {
    String first = framing.equals("chunked") ? chunked(CUT) : fixedLength(CUT, WHOLE.length());
    List<String> requests = new CopyOnWriteArrayList<>();
    try (RawServer server = server(first, requests);
        TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url()).maxRetries(0)
            .sleeper(new RecordingSleeper()).build()) {
      ApiConnectionException e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(
          ApiConnectionException.class, () -> client.http.execute(TestClient.things(), RequestOptions.none())));

      assertThat(e).isNotNull().hasMessageStartingWith("Connection failed: GET /things");
      assertThat(requests).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"declared length", "chunked"})
  void aWholeBodyOfCutOffJsonIsADecodingFailureAndNotRetried(String framing) throws Exception {
    String first = framing.equals("chunked") ? chunked(CUT) + "0\r\n\r\n" : fixedLength(CUT, CUT.length());
    List<String> requests = new CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (RawServer server = server(first, requests);
        TestClient client = TestClient.builder().apiKey("k").baseUrl(server.url()).maxRetries(2).sleeper(sleeper)
            .build()) {
      ResponseDecodingException e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(
          ResponseDecodingException.class, () -> client.http.execute(TestClient.things(), RequestOptions.none())));

      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(200);
      assertThat(e.requestId()).isEqualTo("r-cut");
      assertThat(e.jsonPath()).isEqualTo("$[" + CUT.split("\\},").length + "]");
      assertThat(e.bodyExcerpt()).startsWith("[{\"id\":\"t0\",\"name\":\"thing number 0\"}").endsWith("...");
      assertThat(requests).hasSize(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }
}
