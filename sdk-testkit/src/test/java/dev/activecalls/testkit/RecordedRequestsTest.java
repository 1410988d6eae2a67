package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RecordedRequestsTest {

  @Test
  void requestsAreRecordedAsSentWithTheirAnswer() throws IOException {
    try (FakeVobiz vobiz = FakeVobiz.start()) {
      String uuid = vobiz.addCall().callUuid();
      get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/?status=live",
          auth(vobiz));
      get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/" + uuid
          + "/?status=live");

      assertThat(vobiz.requestCount()).isEqualTo(2);
      ReceivedRequest first = vobiz.requests().get(0);
      assertThat(first.requestId()).isEqualTo("fake-req-1");
      assertThat(first.method()).isEqualTo("GET");
      assertThat(first.path()).isEqualTo("/api/v1/Account/" + vobiz.authId() + "/Call/");
      assertThat(first.query()).isEqualTo("status=live");
      assertThat(first.target()).isEqualTo(first.path() + "?status=live");
      assertThat(first.header("x-auth-id")).isEqualTo(vobiz.authId());
      assertThat(first.header("X-Auth-Token")).isEqualTo(vobiz.authToken());
      assertThat(first.status()).isEqualTo(200);
      ReceivedRequest last = vobiz.lastRequest();
      assertThat(last.requestId()).isEqualTo("fake-req-2");
      assertThat(last.header("X-Auth-Token")).isNull();
      assertThat(last.status()).isEqualTo(401);
    }
  }

  @Test
  void pathIsKeptEncodedAndQueryIsNullWhenAbsent() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start()) {
      get(trillet.baseUrl() + "/v2/api/active-calls/call-_%2B14155551234_AbC123", auth(trillet));

      ReceivedRequest request = trillet.lastRequest();
      assertThat(request.path()).isEqualTo("/v2/api/active-calls/call-_%2B14155551234_AbC123");
      assertThat(request.query()).isNull();
      assertThat(request.target()).isEqualTo(request.path());
    }
  }

  @Test
  void clearRequestsForgetsButIdsKeepCounting() throws IOException {
    try (FakeTalkover talkover = FakeTalkover.start()) {
      String url = talkover.baseUrl() + "/api/v1/agents/a/active-call/%2B1";
      get(url, auth(talkover));
      get(url, auth(talkover));

      talkover.clearRequests();

      assertThat(talkover.requestCount()).isZero();
      assertThat(talkover.requests()).isEmpty();
      assertThatThrownBy(talkover::lastRequest).isInstanceOf(NoSuchElementException.class);
      assertThat(get(url, auth(talkover)).requestId()).isEqualTo("fake-req-3");
      assertThat(talkover.requests()).extracting(ReceivedRequest::requestId)
          .containsExactly("fake-req-3");
    }
  }

  @Test
  void requestsListIsASnapshot() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start()) {
      var before = trillet.requests();
      get(trillet.baseUrl() + "/v2/api/active-calls", auth(trillet));

      assertThat(before).isEmpty();
      assertThatThrownBy(() -> trillet.requests().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
