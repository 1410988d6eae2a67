package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.ReceivedRequest;
import dev.activecalls.testkit.SimulatedClock;
import dev.activecalls.trillet.CallInsights;
import dev.activecalls.trillet.EndedCall;
import dev.activecalls.trillet.Sentiment;
import dev.activecalls.trillet.TrilletClient;
import java.io.PrintStream;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the code of the README's "Acting on calls" section against the testkit fakes, and checks
 * that the README holds exactly this code.
 */
class ReadmeActionsTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/examples/ReadmeActionsTest.java";

  private final Output output = new Output();
  private final FakeTrillet fake =
      FakeTrillet.builder().clock(SimulatedClock.at(Instant.parse("2024-06-01T10:05:00Z"))).start();
  private final TrilletClient trillet = TrilletClient.builder().baseUrl(fake.baseUrl())
      .apiKey(fake.apiKey()).workspaceId(fake.workspaceId()).build();

  @AfterEach
  void tearDown() {
    trillet.close();
    fake.close();
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "actions-trillet");
  }

  @Test
  void trilletEndsACallAfterReadingItsInsights() {
    fake.addCall(c -> c.roomName("call-abc123").customerName("John Doe").sentiment("negative")
        .customerSays("This is the third time I'm calling."));

    superviseTrillet(trillet, output.stream);

    assertThat(output.text().lines()).containsExactly(
        "negative: John Doe is talking to Customer Support Agent; 2 line(s) so far, the last: "
            + "This is the third time I'm calling.",
        "suggested: Acknowledge the frustration and offer a human agent",
        "call-abc123 ended at 2024-06-01T10:05:00Z",
        "call-abc123 is not live: Active call not found");
    assertThat(fake.callCount()).isZero();
    assertThat(fake.requests()).extracting(ReceivedRequest::method, ReceivedRequest::path)
        .containsExactly(
        tuple("GET", "/v2/api/active-calls/call-abc123/insights"),
        tuple("POST", "/v2/api/active-calls/call-abc123/end-call"),
        tuple("POST", "/v2/api/active-calls/call-abc123/end-call"));
  }

  private static void superviseTrillet(TrilletClient trillet, PrintStream out) {
    // README:actions-trillet:start
    // A supervisor reads Trillet's live analysis of a call, and hangs up an unhappy one.
    CallInsights insights = trillet.activeCalls().insights("call-abc123");
    if (insights.sentiment() != null && insights.sentiment().is(Sentiment.NEGATIVE)) {
      out.println(insights.sentiment().raw() + ": " + insights.summary());
      insights.suggestions().forEach(step -> out.println("suggested: " + step));

      EndedCall ended = trillet.activeCalls().end("call-abc123");  // POST .../call-abc123/end-call
      out.println(ended.roomName() + " ended at " + ended.endTime());
    }
    try {
      trillet.activeCalls().end("call-abc123");
    } catch (NotFoundException e) {                                 // ended already, or never was
      out.println("call-abc123 is not live: " + e.vendorMessage());
    }
    // README:actions-trillet:end
  }
}
