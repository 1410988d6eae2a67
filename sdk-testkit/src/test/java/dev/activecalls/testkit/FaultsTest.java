package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FaultsTest {
  private final FakeTrillet trillet = FakeTrillet.start();
  private final String list = trillet.baseUrl() + "/v2/api/active-calls";

  @AfterEach
  void close() {
    trillet.close();
  }

  @Test
  void statusFaultAnswersTheNextNRequestsThenTheFakeRecovers() throws IOException {
    trillet.enqueue(Fault.status(503).times(2));
    assertThat(trillet.pendingFaults()).isEqualTo(2);

    assertThat(get(list, auth(trillet)).status()).isEqualTo(503);
    assertThat(trillet.pendingFaults()).isEqualTo(1);
    Http.Reply second = get(list, auth(trillet));
    Http.Reply third = get(list, auth(trillet));

    assertThat(second.status()).isEqualTo(503);
    assertThat(second.json()).isEqualTo(Map.of("statusCode", 503.0,
        "message", "Service Unavailable", "error", "Service Unavailable"));
    assertThat(third.status()).isEqualTo(200);
    assertThat(trillet.pendingFaults()).isZero();
    assertThat(trillet.requests()).extracting(ReceivedRequest::status)
        .containsExactly(503, 503, 200);
  }

  @Test
  void faultsApplyInQueueOrder() throws IOException {
    trillet.enqueue(Fault.status(500));
    trillet.enqueue(Fault.status(502));

    assertThat(get(list, auth(trillet)).status()).isEqualTo(500);
    assertThat(get(list, auth(trillet)).status()).isEqualTo(502);
    assertThat(get(list, auth(trillet)).status()).isEqualTo(200);
  }

  @Test
  void rateLimitCarriesRetryAfterInEachVendorsForm() throws IOException {
    trillet.enqueue(Fault.rateLimit(Duration.ofSeconds(1)));
    Http.Reply fromTrillet = get(list, auth(trillet));
    assertThat(fromTrillet.status()).isEqualTo(429);
    assertThat(fromTrillet.headers().get("Retry-After")).isEqualTo("1");
    assertThat(fromTrillet.json()).containsEntry("statusCode", 429.0)
        .containsEntry("message", "ThrottlerException: Too Many Requests");

    try (FakeVobiz vobiz = FakeVobiz.start(); FakeTalkover talkover = FakeTalkover.start()) {
      vobiz.enqueue(Fault.rateLimit(Duration.ofSeconds(3)));
      Http.Reply fromVobiz = get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId()
          + "/Call/?status=live", auth(vobiz));
      assertThat(fromVobiz.status()).isEqualTo(429);
      assertThat(fromVobiz.headers().get("Retry-After")).isEqualTo("3");
      Map<String, Object> error = map(fromVobiz.json().get("error"));
      assertThat(error).containsEntry("code", "RATE_LIMIT_EXCEEDED")
          .containsEntry("details", Map.of("retryAfter", 3.0));
      assertThat(fromVobiz.json()).containsEntry("requestId", fromVobiz.requestId());

      talkover.enqueue(Fault.rateLimit(Duration.ofMillis(1500)));
      Http.Reply fromTalkover = get(talkover.baseUrl() + "/api/v1/agents/a/active-call/%2B1",
          auth(talkover));
      assertThat(fromTalkover.status()).isEqualTo(429);
      assertThat(fromTalkover.headers().get("Retry-After")).isEqualTo("2");
      assertThat(fromTalkover.json()).isEqualTo(Map.of("success", false,
          "message", "Too Many Attempts.", "code", "too_many_requests"));
    }
  }

  @Test
  void faultsComeBeforeTheAuthCheck() throws IOException {
    trillet.enqueue(Fault.status(503));

    assertThat(get(list).status()).isEqualTo(503);
    assertThat(get(list).status()).isEqualTo(401);
  }

  @Test
  void pathFilteredFaultLeavesOtherPathsAlone() throws IOException {
    trillet.addCall(c -> c.roomName("call-1"));
    trillet.enqueue(Fault.status(500).onPath("/v2/api/active-calls/call-1"));
    trillet.enqueue(Fault.status(502).onPathStartingWith("/v2/api/active-calls/"));

    assertThat(get(list, auth(trillet)).status()).isEqualTo(200);
    assertThat(get(list + "/call-1", auth(trillet)).status()).isEqualTo(500);
    assertThat(get(list, auth(trillet)).status()).isEqualTo(200);
    assertThat(get(list + "/call-2", auth(trillet)).status()).isEqualTo(502);
    assertThat(get(list + "/call-1", auth(trillet)).status()).isEqualTo(200);
  }

  @Test
  void customBodyAndHeadersReplaceTheVendorError() throws IOException {
    trillet.enqueue(Fault.status(502).header("Content-Type", "text/html")
        .body("<html><body>502 Bad Gateway</body></html>"));

    Http.Reply reply = get(list, auth(trillet));

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.headers().get("Content-Type")).isEqualTo("text/html");
    assertThat(reply.body()).isEqualTo("<html><body>502 Bad Gateway</body></html>");
    assertThat(reply.requestId()).isEqualTo("fake-req-1");
  }

  @Test
  void successStatusCanCarryAnErrorBodyAsVobizSometimesDoes() throws IOException {
    try (FakeVobiz vobiz = FakeVobiz.start()) {
      vobiz.enqueue(Fault.status(200).body("{\"api_id\":\"x\",\"error\":\"call not live\"}"));

      Http.Reply reply = get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId()
          + "/Call/some-uuid/?status=live", auth(vobiz));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json()).isEqualTo(Map.of("api_id", "x", "error", "call not live"));
    }
  }

  @Test
  void statusBelow400WithoutBodyIsEmpty() throws IOException {
    trillet.enqueue(Fault.status(204));

    Http.Reply reply = get(list, auth(trillet));

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void delayedResponseTimesOutAShortClientTimeout() throws IOException {
    trillet.enqueue(Fault.delay(Duration.ofMinutes(5)));
    OkHttpClient impatient = Http.CLIENT.newBuilder()
        .readTimeout(200, TimeUnit.MILLISECONDS).build();

    assertThatThrownBy(() -> get(impatient, list, auth(trillet)))
        .isInstanceOf(InterruptedIOException.class);
    assertThat(get(impatient, list, auth(trillet)).status()).isEqualTo(200);
    assertThat(trillet.requests()).extracting(ReceivedRequest::status).containsExactly(200, 200);
  }

  @Test
  @Timeout(30)
  void closingReleasesADelayedResponse() throws Exception {
    FakeTalkover talkover = FakeTalkover.start();
    talkover.enqueue(Fault.delay(Duration.ofMinutes(5)));
    CompletableFuture<Object> pending = CompletableFuture.supplyAsync(() -> {
      try {
        return get(talkover.baseUrl() + "/api/v1/agents/a/active-call/%2B1", auth(talkover))
            .status();
      } catch (IOException e) {
        return e;
      }
    });
    while (talkover.requestCount() == 0) {
      Thread.onSpinWait();
    }

    talkover.close();

    assertThat(pending.get(30, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void disconnectDropsTheConnectionWithoutAResponse() throws IOException {
    trillet.enqueue(Fault.disconnect().onPath("/v2/api/active-calls"));

    assertThatThrownBy(() -> get(list, auth(trillet))).isInstanceOf(IOException.class);
    assertThat(get(list, auth(trillet)).status()).isEqualTo(200);
    assertThat(trillet.requests()).extracting(ReceivedRequest::status).containsExactly(0, 200);
  }

  @Test
  void malformedJsonKeepsStatusAndHeadersButCutsTheBody() throws IOException {
    trillet.addCall(c -> c.roomName("call-1"));
    Http.Reply good = get(list + "/call-1", auth(trillet));
    trillet.enqueue(Fault.malformedJson());

    Http.Reply bad = get(list + "/call-1", auth(trillet));

    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.headers().get("Content-Type")).startsWith("application/json");
    assertThat(good.body()).startsWith(bad.body());
    assertThat(bad.body().length()).isEqualTo(good.body().length() / 2);
    assertThatThrownBy(bad::json).isInstanceOfAny(EOFException.class,
        JsonEncodingException.class, JsonDataException.class);
  }

  @Test
  void clearFaultsDropsWhatIsLeft() throws IOException {
    trillet.enqueue(Fault.status(500).times(5));

    trillet.clearFaults();

    assertThat(trillet.pendingFaults()).isZero();
    assertThat(get(list, auth(trillet)).status()).isEqualTo(200);
  }

  @Test
  void faultIsAReusableValue() throws IOException {
    Fault twice = Fault.status(503).times(2);
    trillet.enqueue(twice);
    trillet.enqueue(twice);

    assertThat(trillet.pendingFaults()).isEqualTo(4);
    assertThat(twice.toString()).isEqualTo("Fault[STATUS 503, times=2, path=*]");
  }

  @Test
  void invalidFaultsAreRejected() {
    assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(500).times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.rateLimit(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(1)).body("x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Fault.disconnect().header("a", "b"))
        .isInstanceOf(IllegalStateException.class);
  }
}
