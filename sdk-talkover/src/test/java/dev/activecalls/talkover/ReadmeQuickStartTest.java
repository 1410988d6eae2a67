package dev.activecalls.talkover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's Talkover quick start. The README's java block is the region tagged {@code
 * talkover-quick-start} (building the client as a user would) followed by the region tagged {@code
 * talkover-quick-start-lookup} (using it), which runs here against MockWebServer.
 */
class ReadmeQuickStartTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/talkover/ReadmeQuickStartTest.java";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void readmeHoldsExactlyThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "talkover-quick-start");
    ReadmeSnippets.assertInReadme(SOURCE, "talkover-quick-start-lookup");
  }

  @Test
  void buildingTheClientAsTheReadmeDoesTargetsProductionAndSendsNothing() {
    // README:talkover-quick-start:start
    TalkoverClient talkover = TalkoverClient.builder()
        .apiToken("talq_your_environment_token_here") // or: TalkoverClient.fromEnv()
        .build();
    // README:talkover-quick-start:end
    try (talkover) {
      assertThat(talkover.toString()).contains("baseUrl=https://app.talkover.ai/");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void lookupFindsTheCallInProgress() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("seed-004-active-call.json")).build());

    Optional<ActiveCall> current;
    try (TalkoverClient talkover = testClient()) {
      current = lookup(talkover);
    }

    assertThat(current).map(ActiveCall::id).contains("call-uuid-1");
    assertThat(current).map(ActiveCall::startedAt).contains(Instant.parse("2024-01-15T11:00:00Z"));
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getTarget()).isEqualTo("/api/v1/agents/agent-uuid/active-call/%2B15551234567");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer talq_your_environment_token_here");
  }

  @Test
  void lookupReadsTheNotFoundAnswerAsNoCall() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).body(Fixtures.read("seed-004-no-active-call.json")).build());

    try (TalkoverClient talkover = testClient()) {
      assertThat(lookup(talkover)).isEmpty();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private TalkoverClient testClient() {
    return TalkoverClient.builder()
        .apiToken("talq_your_environment_token_here")
        .baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper())
        .build();
  }

  private static Optional<ActiveCall> lookup(TalkoverClient talkover) {
    // README:talkover-quick-start-lookup:start
    // Before dialing: is this agent already on a call with this number?
    String agentId = "agent-uuid";
    Optional<ActiveCall> current = talkover.activeCalls().findByPhone(agentId, "+1 (555) 123-4567");
    if (current.isPresent()) {
      ActiveCall call = current.get(); // the latest started, if Talkover reports several
      System.out.println("On call " + call.id() + " since " + call.startedAt() + ": " + call.status());
    } else {
      System.out.println("No active call: safe to dial");
    }
    // README:talkover-quick-start-lookup:end
    return current;
  }
}
