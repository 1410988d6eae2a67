package dev.activecalls.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.Participant;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.VobizClient;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Checks that every SDK benchmark and its baseline decode the same payload to the same field
 * values, so that the comparison is fair: neither side skips a field the other reads.
 */
class FairnessTest {

  @Test
  void trilletSeedPayloadDecodesAlike() throws IOException {
    byte[] body = Payloads.resource(Payloads.TRILLET_LIST);
    assertTrilletAlike(body, 1);
  }

  @Test
  void generatedLargeListDecodesAlike() throws IOException {
    byte[] body = Payloads.trilletList(500, LargeListBenchmark.SEED);
    assertTrilletAlike(body, 500);
  }

  @Test
  void generatedListIsDeterministicAndVaried() {
    byte[] first = Payloads.trilletList(200, LargeListBenchmark.SEED);
    assertThat(Payloads.trilletList(200, LargeListBenchmark.SEED)).isEqualTo(first);
    try (TrilletClient sdk = Clients.trillet(new CannedResponseInterceptor(first))) {
      ActiveCallList list = sdk.activeCalls().list();
      assertThat(list.data()).extracting(call -> call.type().raw()).contains("phone", "web");
      assertThat(list.data()).extracting(call -> call.sentiment() == null ? null : call.sentiment().raw())
          .contains("positive", "neutral", "negative", null);
      assertThat(list.data()).extracting(dev.activecalls.trillet.ActiveCall::customerName).contains((String) null);
      assertThat(list.data()).extracting(dev.activecalls.trillet.ActiveCall::transferRequested).contains(true, false);
    }
  }

  private static void assertTrilletAlike(byte[] body, int expectedCalls) throws IOException {
    OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
    try (TrilletClient sdk = Clients.trillet(new CannedResponseInterceptor(body))) {
      TrilletBaseline baseline = new TrilletBaseline(
          http, TrilletClient.DEFAULT_BASE_URL, Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
      assertTrilletEqual(sdk.activeCalls().list(), baseline.list());
      assertThat(sdk.activeCalls().list().data()).hasSize(expectedCalls);
    } finally {
      Clients.shutdown(http);
    }
  }

  static void assertTrilletEqual(ActiveCallList sdk, TrilletBaseline.CallList baseline) {
    assertThat(sdk.count()).isEqualTo(baseline.count());
    assertThat(sdk.timestamp()).isEqualTo(baseline.timestamp());
    assertThat(sdk.data()).hasSameSizeAs(baseline.data());
    for (int i = 0; i < sdk.data().size(); i++) {
      dev.activecalls.trillet.ActiveCall s = sdk.data().get(i);
      TrilletBaseline.ActiveCall b = baseline.data().get(i);
      assertThat(s.id()).isEqualTo(b.id());
      assertThat(s.roomName()).isEqualTo(b.roomName());
      assertThat(s.customerPhone()).isEqualTo(b.customerPhone());
      assertThat(s.customerName()).isEqualTo(b.customerName());
      assertThat(s.aiAgentName()).isEqualTo(b.aiAgentName());
      assertThat(s.duration()).isEqualTo(b.duration());
      assertThat(raw(s.status())).isEqualTo(wire(b.status()));
      assertThat(raw(s.sentiment())).isEqualTo(wire(b.sentiment()));
      assertThat(s.lastMessage()).isEqualTo(b.lastMessage());
      assertThat(s.transferRequested()).isEqualTo(b.transferRequested());
      assertThat(raw(s.type())).isEqualTo(wire(b.type()));
      assertThat(s.participants()).hasSameSizeAs(b.participants());
      for (int j = 0; j < s.participants().size(); j++) {
        Participant sp = s.participants().get(j);
        TrilletBaseline.Participant bp = b.participants().get(j);
        assertThat(sp.identity()).isEqualTo(bp.identity());
        assertThat(sp.isAgent()).isEqualTo(bp.isAgent());
        assertThat(sp.joinedAt()).isEqualTo(bp.joinedAt());
      }
    }
  }

  @Test
  void vobizLegacyShapeDecodesAlike() throws IOException {
    byte[] body = Payloads.resource(Payloads.VOBIZ_LEGACY);
    OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
    try (VobizClient sdk = Clients.vobiz(new CannedResponseInterceptor(body))) {
      LiveCall s = sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID);
      VobizBaseline.LegacyLiveCall b = new VobizBaseline(
          http, VobizClient.DEFAULT_BASE_URL, Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN)
          .getLegacy(Payloads.VOBIZ_CALL_UUID);
      assertThat(s.callUuid()).isEqualTo(b.callUuid());
      assertThat(s.from()).isEqualTo(b.from());
      assertThat(s.to()).isEqualTo(b.to());
      assertThat(raw(s.direction())).isEqualTo(wire(b.direction()));
      assertThat(raw(s.state())).isEqualTo(b.state().name());
      assertThat(s.initiationTime()).isEqualTo(b.initiationTime()).isNotNull();
      assertThat(s.answerTime()).isEqualTo(b.answerTime()).isNotNull();
      assertThat(s.duration()).isEqualTo(b.duration()).isNotNull();
      assertThat(s.endTime()).isEqualTo(b.endTime());
      assertThat(s.billDuration()).isEqualTo(b.billDuration());
      assertThat(s.billedDuration()).isEqualTo(b.billedDuration());
      assertThat(s.totalAmount()).isEqualTo(b.totalAmount());
      assertThat(s.totalRate()).isEqualTo(b.totalRate());
      assertThat(s.hangupCauseCode()).isEqualTo(b.hangupCauseCode());
      assertThat(s.hangupCauseName()).isEqualTo(b.hangupCauseName());
      assertThat(s.hangupSource()).isEqualTo(b.hangupSource());
      assertThat(s.conferenceUuid()).isEqualTo(b.conferenceUuid());
      assertThat(s.parentCallUuid()).isEqualTo(b.parentCallUuid());
      assertThat(s.resourceUri()).isEqualTo(b.resourceUri());
      assertThat(s.stirVerification()).isEqualTo(b.stirVerification());
      assertThat(s.stirAttestation()).isEqualTo(b.stirAttestation());
      assertThat(s.sourceIp()).isEqualTo(b.sourceIp());
    } finally {
      Clients.shutdown(http);
    }
  }

  @Test
  void vobizCurrentShapeDecodesAlike() throws IOException {
    byte[] body = Payloads.resource(Payloads.VOBIZ_CURRENT);
    OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
    try (VobizClient sdk = Clients.vobiz(new CannedResponseInterceptor(body))) {
      LiveCall s = sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID);
      VobizBaseline.CurrentLiveCall b = new VobizBaseline(
          http, VobizClient.DEFAULT_BASE_URL, Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN)
          .getCurrent(Payloads.VOBIZ_CALL_UUID);
      assertThat(s.apiId()).isEqualTo(b.apiId());
      assertThat(raw(s.state())).isEqualTo(wire(b.status()));
      assertThat(s.callUuid()).isEqualTo(b.callUuid());
      assertThat(s.callerName()).isEqualTo(b.callerName());
      assertThat(raw(s.direction())).isEqualTo(wire(b.direction()));
      assertThat(s.from()).isEqualTo(b.from());
      assertThat(s.to()).isEqualTo(b.to());
      assertThat(s.requestUuid()).isEqualTo(b.requestUuid());
      assertThat(s.sessionStart()).isEqualTo(b.sessionStart()).isNotNull();
      assertThat(s.stirAttestation()).isEqualTo(b.stirAttestation());
      assertThat(s.stirVerification()).isEqualTo(b.stirVerification());
    } finally {
      Clients.shutdown(http);
    }
  }

  @Test
  void talkoverPayloadDecodesAlike() throws IOException {
    byte[] body = Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL);
    OkHttpClient http = Clients.okHttp(new CannedResponseInterceptor(body));
    try (TalkoverClient sdk = Clients.talkover(new CannedResponseInterceptor(body))) {
      List<ActiveCall> s = sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
      List<TalkoverBaseline.ActiveCall> b = new TalkoverBaseline(
          http, TalkoverClient.DEFAULT_BASE_URL, Clients.TALKOVER_API_TOKEN)
          .listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
      assertThat(s).hasSize(1).hasSameSizeAs(b);
      assertThat(s.get(0).id()).isEqualTo(b.get(0).id());
      assertThat(s.get(0).agentId()).isEqualTo(b.get(0).agentId());
      assertThat(s.get(0).to()).isEqualTo(b.get(0).to());
      assertThat(raw(s.get(0).status())).isEqualTo(wire(b.get(0).status()));
      assertThat(s.get(0).startedAt()).isEqualTo(b.get(0).startedAt());
      assertThat(s.get(0).duration()).isEqualTo(b.get(0).duration());
    } finally {
      Clients.shutdown(http);
    }
  }

  @Test
  void bothSidesSendTheSameRequestLine() throws IOException {
    // The canned interceptor sees the request after the application layer: same URLs on both sides.
    RecordingInterceptor sdkSeen = new RecordingInterceptor(Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL));
    RecordingInterceptor baseSeen = new RecordingInterceptor(Payloads.resource(Payloads.TALKOVER_ACTIVE_CALL));
    OkHttpClient http = Clients.okHttp(baseSeen);
    try (TalkoverClient sdk = Clients.talkover(sdkSeen)) {
      sdk.activeCalls().listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
      new TalkoverBaseline(http, TalkoverClient.DEFAULT_BASE_URL, Clients.TALKOVER_API_TOKEN)
          .listByPhone(Payloads.TALKOVER_AGENT_ID, Payloads.TALKOVER_PHONE);
      assertThat(sdkSeen.urls).containsExactlyElementsOf(baseSeen.urls)
          .containsExactly("https://app.talkover.ai/api/v1/agents/agent-uuid/active-call/%2B15551234567");
    } finally {
      Clients.shutdown(http);
    }
    RecordingInterceptor vobizSdk = new RecordingInterceptor(Payloads.resource(Payloads.VOBIZ_LEGACY));
    RecordingInterceptor vobizBase = new RecordingInterceptor(Payloads.resource(Payloads.VOBIZ_LEGACY));
    OkHttpClient vobizHttp = Clients.okHttp(vobizBase);
    try (VobizClient sdk = Clients.vobiz(vobizSdk)) {
      sdk.liveCalls().get(Payloads.VOBIZ_CALL_UUID);
      new VobizBaseline(vobizHttp, VobizClient.DEFAULT_BASE_URL, Clients.VOBIZ_AUTH_ID, Clients.VOBIZ_AUTH_TOKEN)
          .getLegacy(Payloads.VOBIZ_CALL_UUID);
      assertThat(vobizSdk.urls).containsExactlyElementsOf(vobizBase.urls);
    } finally {
      Clients.shutdown(vobizHttp);
    }
  }

  @Test
  void loopbackSyncAndAsyncDecodeAlikeWithoutExtraThreads() throws Exception {
    int concurrency = 16;
    try (LoopbackServer server = new LoopbackServer(Payloads.resource(Payloads.TRILLET_LIST), 64)) {
      OkHttpClient sdkHttp = Clients.sizedFor(concurrency);
      OkHttpClient baseHttp = Clients.sizedFor(concurrency);
      try (TrilletClient sdk = TrilletClient.builder()
          .apiKey(Clients.TRILLET_API_KEY)
          .workspaceId(Clients.TRILLET_WORKSPACE_ID)
          .baseUrl(server.baseUrl())
          .okHttpClient(sdkHttp)
          .build()) {
        TrilletBaseline baseline = new TrilletBaseline(
            baseHttp, server.baseUrl(), Clients.TRILLET_API_KEY, Clients.TRILLET_WORKSPACE_ID);
        TrilletBaseline.CallList expected = baseline.list();
        assertTrilletEqual(sdk.activeCalls().list(), expected);

        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        List<CompletableFuture<ActiveCallList>> sdkCalls = new java.util.ArrayList<>();
        List<CompletableFuture<TrilletBaseline.CallList>> baseCalls = new java.util.ArrayList<>();
        for (int i = 0; i < 4 * concurrency; i++) {
          sdkCalls.add(sdk.async().activeCalls().list());
          CompletableFuture<TrilletBaseline.CallList> future = new CompletableFuture<>();
          baseline.newListCall().enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
              try (response) {
                future.complete(baseline.read(response));
              } catch (IOException e) {
                future.completeExceptionally(e);
              }
            }

            @Override
            public void onFailure(Call call, IOException e) {
              future.completeExceptionally(e);
            }
          });
          baseCalls.add(future);
        }
        for (int i = 0; i < sdkCalls.size(); i++) {
          assertTrilletEqual(sdkCalls.get(i).get(30, TimeUnit.SECONDS), expected);
          assertThat(baseCalls.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        // No thread but OkHttp's (dispatcher, Okio watchdog, pool cleaner) and the server's was
        // started: the SDK's async calls run on the dispatcher they were given, as the baseline's.
        Set<String> started = new java.util.TreeSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
          if (!before.contains(thread)) {
            started.add(thread.getName());
          }
        }
        assertThat(started).allMatch(name -> name.startsWith("OkHttp") || name.startsWith("Okio")
            || name.startsWith("loopback-server"), "only OkHttp, Okio and server threads");
        assertThat(server.served()).isEqualTo(2 + 2 * 4L * concurrency);
      } finally {
        Clients.shutdown(sdkHttp);
        Clients.shutdown(baseHttp);
      }
    }
  }

  private static String raw(OpenEnum<?> value) {
    return value == null ? null : value.raw();
  }

  private static String wire(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Answers like {@link CannedResponseInterceptor} and records the URLs it saw. */
  private static final class RecordingInterceptor implements okhttp3.Interceptor {
    final List<String> urls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CannedResponseInterceptor canned;

    RecordingInterceptor(byte[] body) {
      this.canned = new CannedResponseInterceptor(body);
    }

    @Override
    public Response intercept(Chain chain) {
      urls.add(chain.request().url().toString());
      return canned.intercept(chain);
    }
  }
}
