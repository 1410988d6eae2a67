package dev.activecalls.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.RetryPolicy;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.monitor.CallEvent.Changed;
import dev.activecalls.monitor.CallEvent.Ended;
import dev.activecalls.monitor.CallEvent.SourceFailing;
import dev.activecalls.monitor.CallEvent.SourceRecovered;
import dev.activecalls.monitor.CallEvent.Started;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.Fault;
import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.testkit.FakeVobiz;
import dev.activecalls.testkit.SimulatedClock;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor against the Trillet and Talkover fakes through the real clients, in simulated time:
 * one event per real change, no false "ended" while a source fails, budgets held.
 */
class LiveCallMonitorTest {
  private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

  private final SimulatedClock clock = SimulatedClock.at(T0);
  private final FakeTrillet trilletFake = FakeTrillet.builder().clock(clock).start();
  private final FakeTalkover talkoverFake = FakeTalkover.builder().clock(clock).start();
  private final TrilletClient trillet = TrilletClient.builder().baseUrl(trilletFake.baseUrl())
      .apiKey(trilletFake.apiKey()).workspaceId(trilletFake.workspaceId()).clock(clock)
      .retryPolicy(RetryPolicy.none()).build();
  private final TalkoverClient talkover = TalkoverClient.builder().baseUrl(talkoverFake.baseUrl())
      .apiToken(talkoverFake.apiToken()).clock(clock).build();
  private final FakeVobiz vobizFake = FakeVobiz.builder().clock(clock).start();
  private final VobizClient vobiz = VobizClient.builder().baseUrl(vobizFake.baseUrl())
      .authId(vobizFake.authId()).authToken(vobizFake.authToken()).clock(clock).build();
  private final List<CallEvent> events = new ArrayList<>();

  @AfterEach
  void tearDown() {
    trillet.close();
    talkover.close();
    vobiz.close();
    trilletFake.close();
    talkoverFake.close();
    vobizFake.close();
  }

  private LiveCallMonitor.Builder monitor() {
    return LiveCallMonitor.builder().clock(clock).listener(events::add);
  }

  private List<String> described() {
    List<String> lines = new ArrayList<>();
    for (CallEvent event : events) {
      lines.add(describe(event));
    }
    events.clear();
    return lines;
  }

  /** One line per event; Java 17 has no pattern switch, so an instanceof chain. */
  static String describe(CallEvent event) {
    if (event instanceof Started started) {
      return "started " + started.call().callId() + " " + started.call().state().raw();
    } else if (event instanceof Changed changed) {
      return "changed " + changed.call().callId() + " " + changed.fields();
    } else if (event instanceof Ended ended) {
      return "ended " + ended.call().callId();
    } else if (event instanceof SourceFailing failing) {
      return "failing " + failing.sourceName();
    } else {
      SourceRecovered recovered = (SourceRecovered) event;
      return "recovered " + recovered.sourceName() + " after " + recovered.failedPolls();
    }
  }

  @Test
  void aTrilletCallStartsChangesAndEndsWithOneEventEach() {
    try (LiveCallMonitor monitor = monitor().source(trillet.callSource()).build()) {
      monitor.pollNow();
      assertThat(described()).isEmpty();

      trilletFake.addCall(c -> c.roomName("room-1").customerPhone("+15551230001").aiAgentName("Ava")
          .startedAt(T0));
      clock.advance(Duration.ofSeconds(30));
      monitor.pollNow();
      monitor.pollNow();
      assertThat(described()).containsExactly("started room-1 active");
      CallView view = monitor.snapshot().calls().get(0);
      assertThat(view.vendor()).isEqualTo("trillet");
      assertThat(view.sourceName()).isEqualTo("trillet");
      assertThat(view.state().known()).contains(LiveState.ACTIVE);
      assertThat(view.from()).isEqualTo("+15551230001");
      assertThat(view.to()).isNull();
      assertThat(view.agent()).isEqualTo("Ava");
      assertThat(view.duration()).isEqualTo(Duration.ofSeconds(30));
      assertThat(view.startedAt()).isEqualTo(T0);
      assertThat(view.details(ActiveCall.class)).map(ActiveCall::roomName).contains("room-1");

      trilletFake.updateCall("room-1", c -> c.aiAgentName("Ben"));
      clock.advance(Duration.ofSeconds(5));
      monitor.pollNow();
      assertThat(events).singleElement().isInstanceOfSatisfying(Changed.class, changed -> {
        assertThat(changed.before().agent()).isEqualTo("Ava");
        assertThat(changed.call().agent()).isEqualTo("Ben");
      });
      assertThat(described()).containsExactly("changed room-1 [AGENT]");

      trilletFake.endCall("room-1");
      monitor.pollNow();
      monitor.pollNow();
      assertThat(described()).containsExactly("ended room-1");
      assertThat(monitor.snapshot().calls()).isEmpty();
    }
  }

  @Test
  void aTalkoverCallStartsRingingIsAnsweredAndEnds() {
    try (LiveCallMonitor monitor = monitor().source(talkover.callSource()).build()) {
      talkoverFake.addCall(c -> c.id("call-1").to("+15551230002").status("ringing").startedAt(T0));
      clock.advance(Duration.ofSeconds(12));
      monitor.pollNow();
      assertThat(described()).containsExactly("started call-1 ringing");
      CallView view = monitor.snapshot().calls().get(0);
      assertThat(view.state().known()).contains(LiveState.RINGING);
      assertThat(view.to()).isEqualTo("+15551230002");
      assertThat(view.startedAt()).isEqualTo(T0);
      assertThat(view.duration()).isEqualTo(Duration.ofSeconds(12));
      assertThat(view.agent()).isEqualTo("Agent");

      talkoverFake.updateCall("call-1", c -> c.status("answered"));
      monitor.pollNow();
      assertThat(described()).containsExactly("changed call-1 [STATE]");
      assertThat(monitor.snapshot().calls().get(0).state().known()).contains(LiveState.ACTIVE);

      talkoverFake.endCall("call-1");
      monitor.pollNow();
      assertThat(described()).containsExactly("ended call-1");
      assertThat(talkoverFake.requests()).extracting(r -> r.target()).contains(
          "/api/v1/calls?status=initiated&per_page=100&page=1");
    }
  }

  @Test
  void aVobizCallIsQueuedRingsIsAnsweredAndEnds() {
    try (LiveCallMonitor monitor = monitor().source(vobiz.callSource()).build()) {
      String queued = vobizFake.addQueuedCall(c -> c.to("+14155550123")).callUuid();
      monitor.pollNow();
      assertThat(described()).containsExactly("started " + queued + " queued");
      assertThat(monitor.snapshot().calls().get(0).state().known()).contains(LiveState.QUEUED);

      vobizFake.endCall(queued);
      String live = vobizFake.addCall(c -> c.callState("RINGING").to("+14155550124")).callUuid();
      monitor.pollNow();
      assertThat(described()).containsExactly("started " + live + " ringing", "ended " + queued);
      CallView ringing = monitor.snapshot().calls().get(0);
      assertThat(ringing.state().known()).contains(LiveState.RINGING);
      assertThat(ringing.to()).isEqualTo("+14155550124");
      assertThat(ringing.vendor()).isEqualTo("vobiz");

      vobizFake.updateCall(live, c -> c.callState("ACTIVE"));
      monitor.pollNow();
      assertThat(described()).containsExactly("changed " + live + " [STATE]");
      assertThat(monitor.snapshot().calls().get(0).state().known()).contains(LiveState.ACTIVE);

      vobiz.liveCalls().hangup(live);
      monitor.pollNow();
      assertThat(described()).containsExactly("ended " + live);
    }
  }

  @Test
  void oneMonitorWatchesAllThreeVendors() {
    trilletFake.addCall(c -> c.roomName("room-1"));
    vobizFake.addCall(c -> c.callState("ACTIVE"));
    talkoverFake.addCall(c -> c.id("call-1").status("answered"));
    try (LiveCallMonitor monitor = monitor().source(trillet.callSource()).source(vobiz.callSource())
        .source(talkover.callSource()).build()) {
      MonitorSnapshot snapshot = monitor.pollNow();

      assertThat(snapshot.calls()).extracting(CallView::vendor).containsExactly("trillet", "vobiz", "talkover");
      assertThat(snapshot.calls()).extracting(call -> call.state().known().orElseThrow())
          .containsOnly(LiveState.ACTIVE);
      assertThat(snapshot.sources()).extracting(SourceHealth::status).containsOnly(SourceHealth.Status.HEALTHY);
      assertThat(snapshot.sources()).extracting(SourceHealth::calls).containsExactly(1, 1, 1);
      assertThat(trilletFake.requestCount()).as("Trillet: one list").isEqualTo(1);
      assertThat(vobizFake.requestCount()).as("Vobiz: two lists and one detail").isEqualTo(3);
      assertThat(talkoverFake.requestCount()).as("Talkover: one list per active state").isEqualTo(3);
    }
  }

  @Test
  void aFailingSourceEndsNothingAndItsRecoveryReportsWhatReallyHappened() {
    trilletFake.addCall(c -> c.roomName("stays"));
    trilletFake.addCall(c -> c.roomName("goes"));
    try (LiveCallMonitor monitor = monitor().source(trillet.callSource())
        .source(talkover.callSource()).build()) {
      monitor.pollNow();
      assertThat(described()).containsExactly("started stays active", "started goes active");

      trilletFake.enqueue(Fault.status(503).times(3));
      trilletFake.endCall("goes");
      trilletFake.addCall(c -> c.roomName("new"));
      for (int i = 0; i < 3; i++) {
        monitor.pollNow();
      }
      assertThat(described()).containsExactly("failing trillet");
      MonitorSnapshot failing = monitor.snapshot();
      assertThat(failing.calls()).extracting(CallView::callId).containsExactly("stays", "goes");
      SourceHealth health = failing.source("trillet").orElseThrow();
      assertThat(health.status()).isEqualTo(SourceHealth.Status.FAILING);
      assertThat(health.failedPolls()).isEqualTo(3);
      assertThat(health.lastError()).contains("503");
      assertThat(failing.source("talkover").orElseThrow().status()).isEqualTo(SourceHealth.Status.HEALTHY);

      monitor.pollNow();
      assertThat(described()).containsExactly("recovered trillet after 3", "started new active",
          "ended goes");
      assertThat(monitor.snapshot().source("trillet").orElseThrow().status())
          .isEqualTo(SourceHealth.Status.HEALTHY);
    }
  }

  @Test
  void trilletsBudgetHoldsInEveryMinuteWhenPolledTooOften() {
    ManualScheduler scheduler = new ManualScheduler(clock);
    List<Integer> perSecond = new ArrayList<>();
    try (LiveCallMonitor monitor = monitor().scheduler(scheduler)
        .source(trillet.callSource(), Duration.ofMillis(250)).build()) {
      monitor.start();
      for (int second = 0; second < 150; second++) {
        int before = trilletFake.requestCount();
        scheduler.runFor(Duration.ofSeconds(1));
        perSecond.add(trilletFake.requestCount() - before);
      }
      assertThat(monitor.snapshot().source("trillet").orElseThrow().status())
          .isIn(SourceHealth.Status.STALE, SourceHealth.Status.HEALTHY);
    }
    for (int start = 0; start + 60 <= perSecond.size(); start++) {
      int inMinute = perSecond.subList(start, start + 60).stream().mapToInt(Integer::intValue).sum();
      assertThat(inMinute).as("requests in the minute from second %d", start).isLessThanOrEqualTo(60);
    }
    assertThat(trilletFake.requestCount()).as("the budget is used, not starved").isGreaterThanOrEqualTo(145);
  }

  @Test
  void aRateLimitPausesTheSourceForTheVendorsWait() {
    ManualScheduler scheduler = new ManualScheduler(clock);
    try (LiveCallMonitor monitor = monitor().scheduler(scheduler)
        .source(trillet.callSource(), Duration.ofSeconds(1)).build()) {
      trilletFake.enqueue(Fault.rateLimit(Duration.ofSeconds(30)));
      monitor.start();
      scheduler.runFor(Duration.ofSeconds(29));
      assertThat(trilletFake.requestCount()).as("one refused poll, then a pause").isEqualTo(1);
      SourceHealth paused = monitor.snapshot().source("trillet").orElseThrow();
      assertThat(paused.status()).isEqualTo(SourceHealth.Status.FAILING);
      assertThat(paused.pausedUntil()).isEqualTo(T0.plusSeconds(30));
      scheduler.runFor(Duration.ofSeconds(1));
      assertThat(trilletFake.requestCount()).as("polled again when the wait is over").isEqualTo(2);
      assertThat(described()).containsExactly("failing trillet", "recovered trillet after 1");
    }
  }

  @Test
  void aPollTheBudgetCannotAffordIsSkippedAndTheSourceStale() {
    try (LiveCallMonitor monitor = monitor()
        .source(trillet.callSource("small", new RequestBudget(2, Duration.ofMinutes(1)))).build()) {
      monitor.pollNow();
      monitor.pollNow();
      trilletFake.addCall(c -> c.roomName("unseen"));
      MonitorSnapshot third = monitor.pollNow();

      assertThat(trilletFake.requestCount()).isEqualTo(2);
      assertThat(third.source("small").orElseThrow().status()).isEqualTo(SourceHealth.Status.STALE);
      assertThat(third.calls()).isEmpty();
      assertThat(events).isEmpty();
      clock.advance(Duration.ofSeconds(61));
      assertThat(monitor.pollNow().calls()).extracting(CallView::callId).containsExactly("unseen");
    }
  }

  @Test
  void aListenerThatThrowsIsLoggedAndDoesNotStopTheOthersOrTheMonitor() {
    List<CallEvent> second = new ArrayList<>();
    List<LogRecord> logged = new ArrayList<>();
    Logger log = Logger.getLogger("dev.activecalls.monitor");
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(capture);
    log.setUseParentHandlers(false);
    trilletFake.addCall(c -> c.roomName("a"));
    trilletFake.addCall(c -> c.roomName("b"));
    try (LiveCallMonitor monitor = monitor().listener(event -> {
      throw new IllegalStateException("listener bug");
    }).listener(second::add).source(trillet.callSource()).build()) {
      monitor.pollNow();
      assertThat(second).hasSize(2);
      assertThat(events).hasSize(2);
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(true);
    }
    assertThat(logged).hasSize(2).allSatisfy(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.WARNING);
      assertThat(record.getMessage()).isEqualTo(
          "A LiveCallMonitor listener threw on Started of trillet; the monitor goes on");
      assertThat(record.getThrown()).hasMessage("listener bug");
    });
  }

  @Test
  void startPollsOnTheMonitorsOwnThreadAndCloseStopsIt() throws Exception {
    CountDownLatch polled = new CountDownLatch(1);
    List<String> threads = new ArrayList<>();
    trilletFake.addCall(c -> c.roomName("a"));
    LiveCallMonitor monitor = LiveCallMonitor.builder().source(trillet.callSource())
        .listener(event -> {
          threads.add(Thread.currentThread().getName());
          polled.countDown();
        }).build();
    monitor.start();
    assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
    monitor.close();
    monitor.close();

    assertThat(threads).containsExactly("activecalls-monitor");
    assertThatThrownBy(monitor::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(monitor::pollNow).isInstanceOf(IllegalStateException.class);
    assertThat(monitor.snapshot().calls()).extracting(CallView::callId).containsExactly("a");
  }

  @Test
  void closingStopsAScheduledMonitorAndBadSetupsAreRefused() {
    ManualScheduler scheduler = new ManualScheduler(clock);
    LiveCallMonitor monitor = monitor().scheduler(scheduler).source(trillet.callSource()).build();
    monitor.start();
    assertThatThrownBy(monitor::start).hasMessageContaining("already started");
    scheduler.runFor(Duration.ofSeconds(1));
    int sent = trilletFake.requestCount();
    monitor.close();
    scheduler.runFor(Duration.ofMinutes(1));
    assertThat(trilletFake.requestCount()).isEqualTo(sent);
    assertThat(scheduler.pending()).isZero();

    assertThatThrownBy(() -> LiveCallMonitor.builder().build()).hasMessageContaining("at least one source");
    assertThatThrownBy(() -> LiveCallMonitor.builder().source(trillet.callSource()).source(trillet.callSource()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trillet");
    assertThatThrownBy(() -> LiveCallMonitor.builder().pollInterval(Duration.ZERO))
        .hasMessageStartingWith("pollInterval");
    assertThatThrownBy(() -> trillet.callSource(" ", RequestBudget.perMinute(1))).hasMessageStartingWith("name");
  }
}
