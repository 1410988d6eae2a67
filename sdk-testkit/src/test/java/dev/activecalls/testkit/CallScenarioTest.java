package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.list;
import static dev.activecalls.testkit.Http.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallScenarioTest {

  /** What a run looks like from outside: the scenario's calls and the fakes' HTTP answers. */
  private record Run(List<ScenarioCall> calls, int started, int ended, String trilletList,
      String vobizList, List<String> talkoverLookups) {}

  private static Run run(long seed, List<Duration> steps) throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start();
        FakeVobiz vobiz = FakeVobiz.start();
        FakeTalkover talkover = FakeTalkover.start()) {
      CallScenario scenario = CallScenario.builder().seed(seed).initialCalls(6)
          .arrivalsPerMinute(6).meanDuration(Duration.ofMinutes(2))
          .fakes(trillet, vobiz, talkover).build();
      for (Duration step : steps) {
        scenario.advance(step);
      }
      List<String> lookups = new ArrayList<>();
      for (ScenarioCall call : scenario.activeCalls(Vendor.TALKOVER)) {
        lookups.add(get(talkover.baseUrl() + "/api/v1/agents/" + call.agentId()
            + "/active-call/" + call.phone().replace("+", "%2B"), auth(talkover)).body());
      }
      return new Run(scenario.activeCalls(), scenario.startedCount(), scenario.endedCount(),
          get(trillet.baseUrl() + "/v2/api/active-calls", auth(trillet)).body(),
          get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/?status=live",
              auth(vobiz)).body(),
          lookups);
    }
  }

  @Test
  void sameSeedGivesTheSameCallsAndTheSameResponses() throws IOException {
    Run first = run(42, List.of(Duration.ofMinutes(10)));
    Run second = run(42, List.of(Duration.ofMinutes(10)));

    assertThat(first.calls()).isNotEmpty();
    assertThat(first.ended()).isPositive();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void howTheAdvancesAreSplitDoesNotMatter() throws IOException {
    List<Duration> tenSteps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tenSteps.add(Duration.ofMinutes(1));
    }

    assertThat(run(7, tenSteps)).isEqualTo(run(7, List.of(Duration.ofMinutes(10))));
  }

  @Test
  void differentSeedGivesDifferentCalls() throws IOException {
    Run a = run(1, List.of(Duration.ofMinutes(5)));
    Run b = run(2, List.of(Duration.ofMinutes(5)));

    assertThat(b.calls()).isNotEqualTo(a.calls());
    assertThat(b.trilletList()).isNotEqualTo(a.trilletList());
  }

  @Test
  void callsArePlacedOnTheFakesInTurnAndCanBeLookedUp() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start();
        FakeVobiz vobiz = FakeVobiz.start();
        FakeTalkover talkover = FakeTalkover.start()) {
      CallScenario scenario = CallScenario.builder().seed(3).initialCalls(6)
          .arrivalsPerMinute(0).fakes(trillet, vobiz, talkover).build();

      assertThat(scenario.activeCalls()).extracting(ScenarioCall::vendor).containsExactly(
          Vendor.TRILLET, Vendor.VOBIZ, Vendor.TALKOVER,
          Vendor.TRILLET, Vendor.VOBIZ, Vendor.TALKOVER);
      assertThat(scenario.activeCalls()).allSatisfy(call -> {
        assertThat(call.phase()).isEqualTo(ScenarioCall.Phase.ANSWERED);
        assertThat(call.arrivedAt()).isBefore(scenario.now());
        assertThat(call.endsAt()).isAfter(scenario.now());
        assertThat(call.phone()).matches("\\+1\\d{3}555\\d{4}");
      });
      assertThat(trillet.callCount()).isEqualTo(2);
      assertThat(vobiz.callCount()).isEqualTo(2);
      assertThat(talkover.callCount()).isEqualTo(2);

      ScenarioCall room = scenario.activeCalls(Vendor.TRILLET).get(0);
      assertThat(room.roomName()).startsWith("call-_" + room.phone() + "_");
      Map<String, Object> details = get(trillet.baseUrl() + "/v2/api/active-calls/"
          + room.roomName().replace("+", "%2B"), auth(trillet)).json();
      assertThat(details).containsEntry("id", room.callId())
          .containsEntry("customerPhone", room.phone());
      long elapsed = Duration.between(room.arrivedAt(), scenario.now()).getSeconds();
      assertThat(details).containsEntry("duration", (double) elapsed);

      ScenarioCall live = scenario.activeCalls(Vendor.VOBIZ).get(0);
      assertThat(get(vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/"
          + live.callId() + "/?status=live", auth(vobiz)).json())
          .containsEntry("call_status", "in-progress").containsEntry("to", live.phone());
    }
  }

  @Test
  void ringingCallsAreAnsweredAsTimeAdvances() throws IOException {
    try (FakeVobiz vobiz = FakeVobiz.start(FakeVobiz.Shape.LEGACY);
        FakeTalkover talkover = FakeTalkover.start()) {
      CallScenario scenario = CallScenario.builder().seed(11).arrivalsPerMinute(30)
          .meanRingTime(Duration.ofSeconds(20)).meanDuration(Duration.ofMinutes(10))
          .fakes(vobiz, talkover).build();
      ScenarioCall ringing = null;
      for (int i = 0; i < 600 && ringing == null; i++) {
        scenario.advance(Duration.ofSeconds(1));
        ringing = scenario.activeCalls(Vendor.VOBIZ).stream()
            .filter(call -> call.phase() == ScenarioCall.Phase.RINGING).findFirst().orElse(null);
      }
      assertThat(ringing).isNotNull();
      String url = vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/"
          + ringing.callId() + "/?status=live";
      Map<String, Object> before = map(list(get(url, auth(vobiz)).json().get("calls")).get(0));
      assertThat(before).containsEntry("call_state", "RINGING")
          .containsEntry("answer_time", null);

      scenario.advance(Duration.between(scenario.now(), ringing.answersAt()).plusSeconds(5));

      Map<String, Object> after = map(list(get(url, auth(vobiz)).json().get("calls")).get(0));
      assertThat(after).containsEntry("call_state", "ACTIVE")
          .containsEntry("call_duration", 5.0);
      String uuid = ringing.callId();
      ScenarioCall answered = scenario.activeCalls(Vendor.VOBIZ).stream()
          .filter(call -> call.callId().equals(uuid)).findFirst().orElseThrow();
      assertThat(answered.phase()).isEqualTo(ScenarioCall.Phase.ANSWERED);
    }
  }

  @Test
  void advanceEndsCalls() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start(); FakeTalkover talkover = FakeTalkover.start()) {
      CallScenario scenario = CallScenario.builder().seed(5).initialCalls(4)
          .arrivalsPerMinute(0).meanDuration(Duration.ofMinutes(1))
          .fakes(trillet, talkover).build();
      ScenarioCall room = scenario.activeCalls(Vendor.TRILLET).get(0);
      String url = trillet.baseUrl() + "/v2/api/active-calls/"
          + room.roomName().replace("+", "%2B");
      assertThat(get(url, auth(trillet)).status()).isEqualTo(200);

      scenario.advance(Duration.between(scenario.now(), room.endsAt()));
      assertThat(get(url, auth(trillet)).status()).isEqualTo(404);
      assertThat(scenario.activeCalls()).doesNotContain(room);

      scenario.advance(Duration.ofHours(2));

      assertThat(scenario.activeCalls()).isEmpty();
      assertThat(scenario.startedCount()).isEqualTo(4);
      assertThat(scenario.endedCount()).isEqualTo(4);
      assertThat(trillet.callCount()).isZero();
      assertThat(talkover.callCount()).isZero();
    }
  }

  @Test
  void trilletTranscriptsGrowWhileCallsTalk() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start()) {
      CallScenario scenario = CallScenario.builder().seed(9).initialCalls(1)
          .arrivalsPerMinute(0).meanDuration(Duration.ofMinutes(30)).fakes(trillet).build();
      ScenarioCall call = scenario.activeCalls().get(0);
      int before = trillet.call(call.roomName()).orElseThrow().transcript().size();

      scenario.advance(Duration.ofMinutes(2));

      FakeTrillet.Call now = trillet.call(call.roomName()).orElseThrow();
      assertThat(now.transcript().size()).isGreaterThan(before + 3);
      assertThat(now.transcript().get(before).role()).isEqualTo("customer");
      assertThat(now.lastMessage()).isEqualTo(now.transcript().get(now.transcript().size() - 1)
          .content());
    }
  }

  @Test
  void theFakesReadTheScenarioClock() throws IOException {
    try (FakeTrillet trillet = FakeTrillet.start()) {
      CallScenario scenario = CallScenario.builder().seed(1)
          .startAt(Instant.parse("2030-01-01T00:00:00Z")).fakes(trillet).build();
      scenario.advance(Duration.ofSeconds(90));

      assertThat(trillet.clock()).isSameAs(scenario.clock());
      assertThat(scenario.now()).isEqualTo(Instant.parse("2030-01-01T00:01:30Z"));
      assertThat(get(trillet.baseUrl() + "/v2/api/active-calls", auth(trillet)).json())
          .containsEntry("timestamp", "2030-01-01T00:01:30.000Z");
    }
  }

  @Test
  void callsEndedByHandAreLeftAlone() throws IOException {
    try (FakeTalkover talkover = FakeTalkover.start()) {
      CallScenario scenario = CallScenario.builder().seed(4).initialCalls(2)
          .arrivalsPerMinute(0).fakes(talkover).build();
      talkover.endAllCalls();

      scenario.advance(Duration.ofHours(1));

      assertThat(scenario.endedCount()).isEqualTo(2);
      assertThat(talkover.callCount()).isZero();
    }
  }

  @Test
  void builderRejectsBadSettings() {
    assertThatThrownBy(() -> CallScenario.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("fakes");
    assertThatThrownBy(() -> CallScenario.builder().arrivalsPerMinute(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallScenario.builder().arrivalsPerMinute(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallScenario.builder().meanDuration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallScenario.builder().initialCalls(-1))
        .isInstanceOf(IllegalArgumentException.class);
    try (FakeTrillet trillet = FakeTrillet.start()) {
      CallScenario scenario = CallScenario.builder().fakes(trillet).build();
      assertThatThrownBy(() -> scenario.advance(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(scenario.seed()).isEqualTo(1);
    }
  }
}
