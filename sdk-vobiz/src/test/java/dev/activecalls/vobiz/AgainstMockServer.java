package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/**
 * What the end-to-end tests of the actions and the queued calls share: a MockWebServer, a client
 * on it whose retries wait on a {@link RecordingSleeper} (no real sleep), and the answers and
 * checks they all use.
 */
abstract class AgainstMockServer {
  /** The path below which every call endpoint of the test account lies. */
  static final String CALL_PATH = "/api/v1/Account/" + AUTH_ID + "/Call/";
  /** Plivo's 404 body, as Vobiz sends it. */
  static final String NOT_FOUND = "{\"api_id\":\"a-404\",\"error\":\"not found\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();
  private VobizClient vobiz;

  /** Returns the client, made on first use so a test may close the server before. */
  final VobizClient vobiz() {
    if (vobiz == null) {
      vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
          .baseUrl(server.url("/").toString()).sleeper(sleeper).build();
    }
    return vobiz;
  }

  @AfterEach
  final void closeClient() {
    if (vobiz != null) {
      vobiz.close();
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  static MockResponse withHeader(MockResponse response, String name, String value) {
    return new MockResponse.Builder(response).setHeader(name, value).build();
  }

  /** The connection is shut once the whole request arrived: it may have acted, no answer came. */
  static MockResponse lostAfterTheRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  final RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request received").isNotNull();
    return request;
  }

  /** Checks both credential headers, each sent once, and the SDK's User-Agent. */
  static void assertAuthenticated(RecordedRequest request) {
    assertThat(request.getHeaders().values("X-Auth-ID")).containsExactly(AUTH_ID);
    assertThat(request.getHeaders().values("X-Auth-Token")).containsExactly(AUTH_TOKEN);
    assertThat(request.getHeaders().get("User-Agent")).matches("activecalls-java/\\S+ vobiz Java/.+");
  }

  /** Checks a hang-up: the DELETE line, the credentials, and no body. */
  static void assertHangupOf(RecordedRequest request, String encodedUuid) {
    assertThat(request.getRequestLine()).isEqualTo("DELETE " + CALL_PATH + encodedUuid + "/ HTTP/1.1");
    assertAuthenticated(request);
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
  }

  static <T> T done(CompletableFuture<T> future) throws Exception {
    return future.get(5, TimeUnit.SECONDS);
  }
}
