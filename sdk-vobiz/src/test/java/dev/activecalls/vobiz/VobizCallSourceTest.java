package dev.activecalls.vobiz;

import static dev.activecalls.vobiz.Fixtures.AUTH_ID;
import static dev.activecalls.vobiz.Fixtures.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activecalls.core.errors.InternalServerException;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vobiz.callSource()} against a MockWebServer that holds each detail request until the test
 * lets it go: the two lists, one detail per call, never more in flight than the bound, a 404 mid
 * poll as "ended", queued calls as QUEUED.
 */
class VobizCallSourceTest {
  private static final String CALLS = "/api/v1/Account/" + AUTH_ID + "/Call/";
  private static final Instant NOW = Instant.parse("2026-06-11T16:10:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  private VobizClient vobiz;

  @BeforeEach
  void open() {
    vobiz = VobizClient.builder().authId(AUTH_ID).authToken(AUTH_TOKEN)
        .baseUrl(server.url("/").toString()).sleeper(new RecordingSleeper())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  @AfterEach
  void close() {
    vobiz.close();
  }

  /** Answers the lists at once and holds each detail until released, counting those in flight. */
  private static final class Gate extends Dispatcher {
    final List<String> live;
    final List<String> queued;
    final Set<String> gone = new HashSet<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final List<String> arrived = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> released = new HashSet<>();
    volatile int failWith;

    Gate(List<String> live, List<String> queued) {
      this.live = live;
      this.queued = queued;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String target = request.getTarget();
      if (target.equals(CALLS + "?status=live")) {
        return list(live);
      }
      if (target.equals(CALLS + "?status=queued")) {
        return list(queued);
      }
      String uuid = target.substring(CALLS.length(), target.indexOf('/', CALLS.length()));
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      synchronized (this) {
        arrived.add(target);
        notifyAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!released.contains(uuid) && System.nanoTime() < deadline) {
          wait(100);
        }
      }
      inFlight.decrementAndGet();
      if (failWith != 0) {
        return json(failWith, "{\"api_id\":\"x\",\"error\":\"server error\"}");
      }
      if (gone.contains(uuid)) {
        return json(404, "{\"api_id\":\"x\",\"error\":\"not found\"}");
      }
      String status = target.endsWith("status=queued") ? "queued" : "in-progress";
      return json(200, "{\"api_id\":\"a\",\"call_status\":\"" + status + "\",\"call_uuid\":\"" + uuid
          + "\",\"direction\":\"outbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\","
          + "\"session_start\":\"2026-06-11 16:05:00\"}");
    }

    /** Lets detail requests go, in arrival order, until {@code count} were let go in all. */
    synchronized void waitForArrivals(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (arrived.size() < count && System.nanoTime() < deadline) {
        wait(100);
      }
    }

    synchronized void release(String uuid) {
      released.add(uuid);
      notifyAll();
    }

    private static MockResponse list(List<String> uuids) {
      StringBuilder json = new StringBuilder("{\"api_id\":\"l\",\"calls\":[");
      for (int i = 0; i < uuids.size(); i++) {
        json.append(i == 0 ? "" : ",").append('"').append(uuids.get(i)).append('"');
      }
      return json(200, json.append("]}").toString());
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
          .body(body).build();
    }
  }

  private static List<String> uuids(String prefix, int count) {
    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      uuids.add(prefix + "-" + i);
    }
    return uuids;
  }

  @Test
  void detailsAreFetchedAtMostThreeAtATimeAndEndedCallsAreLeftOut() throws Exception {
    Gate gate = new Gate(uuids("live", 8), uuids("queued", 2));
    gate.gone.add("live-5"); // ended between the list and its detail
    server.setDispatcher(gate);
    CallSource source = vobiz.callSource("vobiz-eu", RequestBudget.perMinute(100), 3);
    assertThat(source.pollCost()).isEqualTo(2);

    CompletableFuture<CallPoll> poll = CompletableFuture.supplyAsync(source::poll);
    List<String> order = new ArrayList<>(gate.live);
    order.addAll(gate.queued);
    for (int released = 0; released < order.size(); released++) {
      gate.waitForArrivals(Math.min(order.size(), released + 3));
      assertThat(gate.arrived.size() - released).as("held at the server before release %d", released)
          .isEqualTo(Math.min(3, order.size() - released));
      gate.release(order.get(released));
    }
    CallPoll result = poll.get(10, TimeUnit.SECONDS);

    assertThat(gate.mostInFlight.get()).isEqualTo(3);
    assertThat(result.requests()).isEqualTo(12);
    assertThat(source.pollCost()).isEqualTo(12);
    assertThat(result.calls()).extracting(CallView::callId).containsExactly("live-0", "live-1", "live-2",
        "live-3", "live-4", "live-6", "live-7", "queued-0", "queued-1");
    CallView first = result.calls().get(0);
    assertThat(first.vendor()).isEqualTo("vobiz");
    assertThat(first.sourceName()).isEqualTo("vobiz-eu");
    assertThat(first.state().raw()).isEqualTo("in-progress");
    assertThat(first.state().known()).contains(LiveState.ACTIVE);
    assertThat(first.from()).isEqualTo("+14155550100");
    assertThat(first.to()).isEqualTo("+14155550199");
    assertThat(first.agent()).isNull();
    assertThat(first.startedAt()).isEqualTo(Instant.parse("2026-06-11T16:05:00Z"));
    assertThat(first.duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(first.details(LiveCall.class)).map(LiveCall::callUuid).contains("live-0");
    assertThat(result.calls().get(7).state().known()).contains(LiveState.QUEUED);
    assertThat(gate.arrived).contains(CALLS + "live-0/?status=live", CALLS + "queued-1/?status=queued");
    RecordedRequest list = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(list.getTarget()).isEqualTo(CALLS + "?status=live");
    assertThat(list.getHeaders().get("X-Auth-Token")).isEqualTo(AUTH_TOKEN);
  }

  @Test
  void aFailedDetailFailsThePollWithoutRetrying() throws Exception {
    Gate gate = new Gate(uuids("live", 2), List.of());
    gate.failWith = 503;
    gate.release("live-0");
    gate.release("live-1");
    server.setDispatcher(gate);

    assertThatThrownBy(() -> vobiz.callSource().poll()).isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).as("two lists, two details, no retry").isEqualTo(4);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> vobiz.callSource("v", RequestBudget.perMinute(1), 0))
        .hasMessageStartingWith("maxInFlight");
    assertThatThrownBy(() -> vobiz.callSource("", RequestBudget.perMinute(1), 1))
        .hasMessageStartingWith("name");
    assertThat(vobiz.callSource().budget()).isEqualTo(RequestBudget.perMinute(600));
    assertThat(vobiz.callSource().name()).isEqualTo("vobiz");
  }
}
