package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.FakeVobiz;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example, offline against the fakes, and with --live against a fake given by environment. */
class ExamplesTest {

  @Test
  void listActiveCallsPrintsTheWallboard() {
    Output out = new Output();

    assertThat(ListActiveCalls.run(new String[0], out.stream, name -> null)).isZero();

    assertThat(out.text()).startsWith("ROOM ").contains(
        "call-_+12125550869_OGEkOp  Customer Support Agent  Wei Chen    phone  0:33  negative",
        "2 live call(s) at 2026-11-21T09:01:30Z");
  }

  @Test
  void liveModeReadsTheEnvironment() {
    try (FakeTrillet trillet = FakeTrillet.start()) {
      trillet.addCall(c -> c.roomName("web-genericAgent-call1234").type("web").customerPhone(null)
          .customerName(null).sentiment("positive"));
      Map<String, String> env = Map.of("TRILLET_API_KEY", trillet.apiKey(),
          "TRILLET_WORKSPACE_ID", trillet.workspaceId(), "TRILLET_BASE_URL", trillet.baseUrl());
      Output out = new Output();

      assertThat(ListActiveCalls.run(new String[] {"--live"}, out.stream, env::get)).isZero();

      assertThat(out.text()).contains("web-genericAgent-call1234").contains("1 live call(s) at");
      assertThat(trillet.lastRequest().header("x-api-key")).isEqualTo(trillet.apiKey());
    }
  }

  @Test
  void liveModeWithoutCredentialsNamesTheMissingVariable() {
    Output out = new Output();

    assertThat(ListActiveCalls.run(new String[] {"--live"}, out.stream, name -> null)).isEqualTo(1);
    assertThat(LiveCallStatus.run(new String[] {"--live"}, out.stream, name -> null)).isEqualTo(1);
    assertThat(DedupBeforeDial.run(new String[] {"--live", "agent", "+15551234567"}, out.stream, name -> null))
        .isEqualTo(1);

    assertThat(out.text()).contains("TRILLET_API_KEY", "VOBIZ_AUTH_ID", "TALKOVER_API_TOKEN");
  }

  @Test
  void liveCallStatusShowsEveryLiveCallAndAnEndedOne() {
    Output out = new Output();

    assertThat(LiveCallStatus.run(new String[0], out.stream, name -> null)).isZero();
    assertThat(out.text()).contains("4 call(s) live on the account", "in-progress  outbound");

    try (FakeVobiz vobiz = FakeVobiz.start(FakeVobiz.Shape.LEGACY)) {
      String uuid = vobiz.addCall(c -> c.callState("RINGING").to("+14155550100")).callUuid();
      Map<String, String> env = Map.of("VOBIZ_AUTH_ID", vobiz.authId(), "VOBIZ_AUTH_TOKEN", vobiz.authToken(),
          "VOBIZ_BASE_URL", vobiz.baseUrl());
      Output live = new Output();

      assertThat(LiveCallStatus.run(new String[] {"--live", uuid, "11111111-2222-3333-4444-555555555555"},
          live.stream, env::get)).isZero();

      assertThat(live.text()).contains(uuid + "  RINGING", "+14155550100",
          "11111111-2222-3333-4444-555555555555  ended");
    }
  }

  @Test
  void dedupBeforeDialSaysWhetherToDial() {
    Output out = new Output();

    assertThat(DedupBeforeDial.run(new String[0], out.stream, name -> null)).isZero();

    assertThat(out.text().lines()).containsExactly(
        "+13125552833: agent 5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b is already on call "
            + "c0f529d7-c4db-4fe9-9248-e0ad7c1091e4 (answered since 2026-11-21T08:59:38Z) - do not dial",
        "+44 20 7946 0958: no active call with agent 5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b - safe to dial");
  }

  @Test
  void dedupBeforeDialAgainstATalkoverGivenByEnvironment() {
    try (FakeTalkover talkover = FakeTalkover.start()) {
      talkover.addCall(c -> c.to("+15551234567").status("ringing"));
      Map<String, String> env = Map.of("TALKOVER_API_TOKEN", talkover.apiToken(), "TALKOVER_BASE_URL", talkover.baseUrl());
      Output out = new Output();

      assertThat(DedupBeforeDial.run(new String[] {"--live", FakeTalkover.DEFAULT_AGENT_ID, "+1 (555) 123-4567"},
          out.stream, env::get)).isZero();

      assertThat(out.text()).contains("+1 (555) 123-4567: agent " + FakeTalkover.DEFAULT_AGENT_ID
          + " is already on call").contains("(ringing since");
      assertThat(talkover.lastRequest().path())
          .isEqualTo("/api/v1/agents/" + FakeTalkover.DEFAULT_AGENT_ID + "/active-call/%2B15551234567");
    }
  }

  @Test
  void dedupBeforeDialRefusesBadInputBeforeAnyRequest() {
    Output out = new Output();

    assertThat(DedupBeforeDial.run(new String[] {"agent-1", "555-1234"}, out.stream, name -> null)).isEqualTo(2);
    assertThat(DedupBeforeDial.run(new String[] {"--live"}, out.stream, name -> null)).isEqualTo(2);

    assertThat(out.text()).contains("Bad input: phone", "usage: DedupBeforeDial");
  }
}
