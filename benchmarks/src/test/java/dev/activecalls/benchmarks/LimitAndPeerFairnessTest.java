package dev.activecalls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.io.IOException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Checks that the limit returns exactly what the SDK returns and that Jackson reads exactly what
 * the Moshi baseline reads, from every payload the benchmarks serve: the four sides decode the
 * same fields.
 */
class LimitAndPeerFairnessTest {

  @Test
  void trilletSidesAgree() throws IOException {
    for (byte[] body : new byte[][] {Payloads.resource(Payloads.TRILLET_LIST),
        Payloads.trilletList(500, LargeListBenchmark.SEED)}) {
      OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
      try (TrilletClient sdk = Clients.trillet(new CannedResponseInterceptor(body))) {
        TrilletBaseline baseline = new TrilletBaseline(http, TrilletClient.DEFAULT_BASE_URL,
            Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
        assertThat(StreamingLimit.trilletList(baseline)).isEqualTo(sdk.activeCalls().list());
        assertThat(JacksonPeer.trilletList(baseline)).isEqualTo(baseline.list());
      } finally {
        Clients.shutdown(http);
      }
    }
  }

  @Test
  void vobizSidesAgreeOnBothShapes() throws IOException {
    for (boolean legacy : new boolean[] {true, false}) {
      byte[] body = Payloads.resource(legacy ? Payloads.VOBIZ_LEGACY : Payloads.VOBIZ_CURRENT);
      OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
      try (VobizClient sdk = Clients.vobiz(new CannedResponseInterceptor(body))) {
        VobizBaseline baseline = new VobizBaseline(http, VobizClient.DEFAULT_BASE_URL,
            Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN);
        assertThat(StreamingLimit.vobizGet(baseline, http, Payloads.VOBIZ_CALL_UUID))
            .isEqualTo(sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID));
        Object moshi = legacy ? baseline.getLegacy(Payloads.VOBIZ_CALL_UUID)
            : baseline.getCurrent(Payloads.VOBIZ_CALL_UUID);
        Object jackson = legacy ? JacksonPeer.vobizLegacy(baseline, http, Payloads.VOBIZ_CALL_UUID)
            : JacksonPeer.vobizCurrent(baseline, http, Payloads.VOBIZ_CALL_UUID);
        assertThat(jackson).isEqualTo(moshi);
      } finally {
        Clients.shutdown(http);
      }
    }
  }

  @Test
  void talkoverSidesAgree() throws IOException {
    byte[] body = Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL);
    OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
    try (TalkoverClient sdk = Clients.talkover(new CannedResponseInterceptor(body))) {
      TalkoverBaseline baseline = new TalkoverBaseline(http, TalkoverClient.DEFAULT_BASE_URL,
          Clients.TALKOVER_API_TOKEN);
      assertThat(StreamingLimit.talkoverListByPhone(baseline, http, Payloads.TALKOVER_AGENT_ID,
          Payloads.TALKOVER_PHONE)).isEqualTo(
              sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE));
      assertThat(JacksonPeer.talkoverListByPhone(baseline, http, Payloads.TALKOVER_AGENT_ID,
          Payloads.TALKOVER_PHONE)).isEqualTo(
              baseline.listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE));
    } finally {
      Clients.shutdown(http);
    }
  }
}
