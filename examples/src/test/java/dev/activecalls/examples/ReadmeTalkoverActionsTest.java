package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.activecalls.core.errors.ConflictException;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.Call;
import dev.activecalls.talkover.CallListRequest;
import dev.activecalls.talkover.CallPage;
import dev.activecalls.talkover.EndedCall;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.ReceivedRequest;
import dev.activecalls.testkit.SimulatedClock;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the Talkover code of the README's "Acting on calls" section (ending a call; listing calls)
 * against {@link FakeTalkover}, and checks that the README holds exactly this code. Apart from {@link ReadmeActionsTest}: both
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

  @Test
  void readmeHoldsTheListingCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "calls-talkover");
  }

  @Test
  void talkoverListsTheActiveCallsAndWalksYesterdaysPages() {
    fake.addCall(c -> c.id("call-1").to("+15551234567").status("ringing")
        .startedAt(Instant.parse("2024-01-15T11:00:00Z")));
    fake.addCall(c -> c.id("call-2").to("+15557654321").status("answered")
        .startedAt(Instant.parse("2024-01-15T11:01:00Z")));
    fake.addCall(c -> c.id("old-1").status("completed").duration(Duration.ofSeconds(60))
        .startedAt(Instant.parse("2024-01-14T09:00:00Z")));
    fake.addCall(c -> c.id("old-2").status("completed").duration(Duration.ofSeconds(90))
        .startedAt(Instant.parse("2024-01-14T17:00:00Z")));
    fake.addCall(c -> c.id("older").status("completed").duration(Duration.ofSeconds(1000))
        .startedAt(Instant.parse("2024-01-13T17:00:00Z")));

    listCalls(talkover, output.stream);

    assertThat(output.text().lines()).containsExactly(
        "call-1 ringing with +15551234567",
        "call-2 answered with +15557654321",
        "talk time on 2024-01-14: 150 s",
        "page 1 of 3, 5 calls");
    assertThat(fake.requests()).extracting(ReceivedRequest::target).containsExactly(
        "/api/v1/calls?status=initiated&per_page=100&page=1",
        "/api/v1/calls?status=ringing&per_page=100&page=1",
        "/api/v1/calls?status=answered&per_page=100&page=1",
        "/api/v1/calls?status=completed&date_from=2024-01-14&date_to=2024-01-14&per_page=100&page=1",
        "/api/v1/calls?per_page=2");
  }

  private static void listCalls(TalkoverClient talkover, PrintStream out) {
    // README:calls-talkover:start
    // A wallboard shows the live calls; a report adds up yesterday's talk time, page by page.
    for (Call call : talkover.calls().listActive()) {             // initiated, ringing, answered
      out.println(call.id() + " " + call.status().raw() + " with " + call.to());
    }
    CallListRequest yesterday = CallListRequest.builder().status("completed")
        .dateFrom(LocalDate.of(2024, 1, 14)).dateTo(LocalDate.of(2024, 1, 14)).build();
    long seconds = 0;
    for (Call call : talkover.calls().listAll(yesterday)) {       // next page fetched when needed
      seconds += call.duration() == null ? 0 : call.duration().toSeconds();
    }
    out.println("talk time on 2024-01-14: " + seconds + " s");
    CallPage page = talkover.calls().list(CallListRequest.builder().perPage(2).build());
    out.println("page " + page.currentPage() + " of " + page.lastPage() + ", " + page.total() + " calls");
    // README:calls-talkover:end
  }
}
