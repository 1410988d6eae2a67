package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.activecalls.core.errors.ConflictException;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.EndedCall;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.ReceivedRequest;
import dev.activecalls.testkit.SimulatedClock;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the Talkover code of the README's "Acting on calls" section against {@link FakeTalkover},
 * and checks that the README holds exactly this code. Apart from {@link ReadmeActionsTest}: both
 * vendors name their answer {@code EndedCall}, and the README shows each by its simple name.
 */
class ReadmeTalkoverActionsTest {
  private static final String SOURCE =
      "src/test/java/dev/activecalls/examples/ReadmeTalkoverActionsTest.java";

  private final Output output = new Output();
  private final FakeTalkover fake = FakeTalkover.builder()
      .clock(SimulatedClock.at(Instant.parse("2024-01-15T11:05:00Z"))).start();
  private final TalkoverClient talkover = TalkoverClient.builder().baseUrl(fake.baseUrl())
      .apiToken(fake.apiToken()).build();

  @AfterEach
  void tearDown() {
    talkover.close();
    fake.close();
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "actions-talkover");
  }

  @Test
  void talkoverEndsTheAgentsCallWithANumberOnce() {
    fake.addCall(c -> c.id("call-uuid-1").agentId("agent-uuid").to("+15551234567"));

    hangUp(talkover, "agent-uuid", output.stream);

    assertThat(output.text().lines()).containsExactly(
        "call-uuid-1 completed at 2024-01-15T11:05:00Z (ended_by_api)",
        "CALL_NOT_ACTIVE: Call is not active");
    assertThat(fake.callCount()).isZero();
    assertThat(fake.requests()).extracting(ReceivedRequest::method, ReceivedRequest::status)
        .containsExactly(tuple("GET", 200), tuple("POST", 200), tuple("POST", 409));
  }

  private static void hangUp(TalkoverClient talkover, String agentId, PrintStream out) {
    // README:actions-talkover:start
    // A dialer hangs up the agent's call with a number; ending it twice is a conflict.
    Optional<ActiveCall> call = talkover.activeCalls().findByPhone(agentId, "+1 (555) 123-4567");
    if (call.isPresent()) {
      EndedCall ended = talkover.calls().end(agentId, call.get().id()); // POST .../end-call
      out.println(ended.id() + " " + ended.status().raw() + " at " + ended.endedAt()
          + " (" + ended.endedReason() + ")");
      try {
        talkover.calls().end(agentId, call.get().id());
      } catch (ConflictException e) {                                    // 409: not active any more
        out.println(e.errorCode() + ": " + e.vendorMessage());
      }
    }
    // README:actions-talkover:end
  }
}
