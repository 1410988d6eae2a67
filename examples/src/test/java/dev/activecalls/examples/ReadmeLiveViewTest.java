package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.live.CallView;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.monitor.CallEvent;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.monitor.MonitorSnapshot;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.FakeVobiz;
import dev.activecalls.testkit.Fault;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Live view" code against the three fakes, and checks that the README holds
 * exactly this code.
 */
class ReadmeLiveViewTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/examples/ReadmeLiveViewTest.java";

  private final Output output = new Output();
  private final FakeTrillet trilletFake = FakeTrillet.start();
  private final FakeVobiz vobizFake = FakeVobiz.start();
  private final FakeTalkover talkoverFake = FakeTalkover.start();
  private final TrilletClient trillet = TrilletClient.builder().baseUrl(trilletFake.baseUrl())
      .apiKey(trilletFake.apiKey()).workspaceId(trilletFake.workspaceId()).build();
  private final VobizClient vobiz = VobizClient.builder().baseUrl(vobizFake.baseUrl())
      .authId(vobizFake.authId()).authToken(vobizFake.authToken()).build();
  private final TalkoverClient talkover = TalkoverClient.builder().baseUrl(talkoverFake.baseUrl())
      .apiToken(talkoverFake.apiToken()).build();

  @AfterEach
  void tearDown() {
    trillet.close();
    vobiz.close();
    talkover.close();
    trilletFake.close();
    vobizFake.close();
    talkoverFake.close();
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "live-view");
  }

  @Test
  void oneCycleReportsEveryVendorsCallsAndAFailingSource() {
    trilletFake.addCall(c -> c.roomName("room-1"));
    vobizFake.addCall(c -> c.callUuid("uuid-1").callState("RINGING"));
    vobizFake.addQueuedCall(c -> c.callUuid("uuid-2"));
    talkoverFake.addCall(c -> c.id("call-1").status("answered"));
    trilletFake.enqueue(Fault.status(503));

    watch(trillet, vobiz, talkover, output.stream);

    assertThat(output.text().lines()).containsExactly(
        "trillet is failing; its calls stay as last seen",
        "started vobiz uuid-1",
        "started vobiz uuid-2",
        "started talkover call-1",
        "vobiz uuid-1 ringing (RINGING)",
        "vobiz uuid-2 queued (QUEUED)",
        "talkover call-1 answered (ACTIVE)",
        "trillet: FAILING",
        "vobiz: HEALTHY",
        "talkover: HEALTHY");
  }

  private static void watch(TrilletClient trillet, VobizClient vobiz, TalkoverClient talkover, PrintStream out) {
    // README:live-view:start
    // One live picture of every vendor: an event for each change, a snapshot whenever you ask.
    try (LiveCallMonitor monitor = LiveCallMonitor.builder()
        .source(trillet.callSource())            // one list a poll, at most 60 requests a minute
        .source(vobiz.callSource())              // two lists, then one detail per call, 4 at a time
        .source(talkover.callSource())           // one list per active state, every page
        .listener(event -> {
          if (event instanceof CallEvent.Started started) {
            out.println("started " + started.call().vendor() + " " + started.call().callId());
          } else if (event instanceof CallEvent.Ended ended) {
            out.println("ended " + ended.call().vendor() + " " + ended.call().callId());
          } else if (event instanceof CallEvent.SourceFailing failing) {
            out.println(failing.sourceName() + " is failing; its calls stay as last seen");
          }
        })
        .build()) {
      monitor.pollNow();                         // or start(): a poll every 5 s on one thread
      MonitorSnapshot now = monitor.snapshot();
      for (CallView call : now.calls()) {
        out.println(call.vendor() + " " + call.callId() + " " + call.state().raw() + " ("
            + call.state().known().map(Enum::name).orElse("unknown") + ")");
      }
      now.sources().forEach(source -> out.println(source.name() + ": " + source.status()));
    }
    // README:live-view:end
  }
}
