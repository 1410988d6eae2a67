package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.activecalls.core.errors.NotFoundException;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.testkit.FakeVobiz;
import dev.activecalls.testkit.ReceivedRequest;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.LiveCallsService;
import dev.activecalls.vobiz.TransferRequest;
import dev.activecalls.vobiz.TransferredCall;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the Vobiz code of the README's "Acting on calls" section against {@link FakeVobiz}, and
 * checks that the README holds exactly this code.
 */
class ReadmeVobizActionsTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/examples/ReadmeVobizActionsTest.java";
  private static final String LIVE = "7b3f0c44-91aa-4f0e-8d2b-6a5e1c9d2f37";
  private static final String QUEUED = "3a9e6d10-4b2c-4f8e-9d7a-1b2c3d4e5f60";

  private final Output output = new Output();
  private final FakeVobiz fake = FakeVobiz.start();
  private final VobizClient vobiz = VobizClient.builder().baseUrl(fake.baseUrl())
      .authId(fake.authId()).authToken(fake.authToken()).build();

  @AfterEach
  void tearDown() {
    vobiz.close();
    fake.close();
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "actions-vobiz");
  }

  @Test
  void vobizTransfersAndHangsUpTheLiveCallAndCancelsTheQueuedOne() {
    fake.addCall(c -> c.callUuid(LIVE));
    fake.addQueuedCall(c -> c.callUuid(QUEUED));

    act(vobiz, output.stream);

    assertThat(output.text().lines()).containsExactly(
        LIVE + ": call transferred",
        LIVE + " hung up",
        QUEUED + " cancelled",
        "not in progress: not found");
    assertThat(fake.callCount()).isZero();
    assertThat(fake.requests()).extracting(ReceivedRequest::method, ReceivedRequest::status).containsExactly(
        tuple("GET", 200), tuple("POST", 202), tuple("DELETE", 204),
        tuple("GET", 200), tuple("DELETE", 204),
        tuple("POST", 404));
  }

  private static void act(VobizClient vobiz, PrintStream out) {
    // README:actions-vobiz:start
    // A supervisor plays a goodbye message on each live call, then hangs it up; queued calls are cancelled.
    LiveCallsService live = vobiz.liveCalls();
    for (String callUuid : live.list().callUuids()) {
      TransferredCall moved = live.transfer(TransferRequest.builder()
          .callUuid(callUuid)
          .legs(TransferRequest.Legs.ALEG)
          .alegUrl("https://example.com/goodbye.xml").alegMethod("GET")
          .build());                                              // POST .../Call/{uuid}/ -> 202
      out.println(moved.callUuid() + ": " + moved.message());

      HungUpCall hungUp = live.hangup(callUuid);                  // DELETE .../Call/{uuid}/ -> 204
      out.println(hungUp.callUuid() + " hung up" + (hungUp.confirmed() ? "" : " (was already gone)"));
    }
    for (String callUuid : vobiz.queuedCalls().list().callUuids()) { // at most 20, no paging
      vobiz.queuedCalls().hangup(callUuid);                         // the same DELETE cancels it
      out.println(callUuid + " cancelled");
    }
    try {
      live.transfer("no-such-call", "https://example.com/goodbye.xml"); // the A leg, POST by default
    } catch (NotFoundException e) {                                      // 404: not in progress
      out.println("not in progress: " + e.vendorMessage());
    }
    // README:actions-vobiz:end
  }
}
