package dev.activecalls.testkit;

import static dev.activecalls.testkit.Http.auth;
import static dev.activecalls.testkit.Http.get;
import static dev.activecalls.testkit.Http.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;

  @Test
  void concurrentAddsUpdatesEndsAndReadsStayConsistent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (FakeTrillet trillet = FakeTrillet.start()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<String>> worker = () -> {
          go.await();
          List<String> requestIds = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            String room = "call-t" + thread + "-" + i;
            trillet.addCall(c -> c.roomName(room));
            trillet.updateCall(room, c -> c.customerSays("line " + room));
            if (i % 5 == 0) {
              trillet.endCall(room);
            }
            Http.Reply reply = get(trillet.baseUrl() + "/v2/api/active-calls", auth(trillet));
            assertThat(reply.status()).isEqualTo(200);
            Map<String, Object> body = reply.json();
            assertThat(((Double) body.get("count")).intValue())
                .isEqualTo(list(body.get("data")).size());
            requestIds.add(reply.requestId());
          }
          return requestIds;
        };
        workers.add(pool.submit(worker));
      }
      go.countDown();

      Set<String> ids = new HashSet<>();
      for (Future<List<String>> worker : workers) {
        ids.addAll(worker.get(60, TimeUnit.SECONDS));
      }

      int total = THREADS * CALLS_PER_THREAD;
      int ended = THREADS * ((CALLS_PER_THREAD + 4) / 5);
      assertThat(ids).hasSize(total);
      assertThat(trillet.requestCount()).isEqualTo(total);
      assertThat(trillet.callCount()).isEqualTo(total - ended);
      assertThat(trillet.calls()).allSatisfy(call ->
          assertThat(call.lastMessage()).isEqualTo("line " + call.roomName()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentFaultsAreEachServedExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (FakeVobiz vobiz = FakeVobiz.start()) {
      vobiz.enqueue(Fault.status(503).times(20));
      String url = vobiz.baseUrl() + "/api/v1/Account/" + vobiz.authId() + "/Call/?status=live";
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        results.add(pool.submit(() -> get(url, auth(vobiz)).status()));
      }

      int unavailable = 0;
      for (Future<Integer> result : results) {
        if (result.get(60, TimeUnit.SECONDS) == 503) {
          unavailable++;
        }
      }

      assertThat(unavailable).isEqualTo(20);
      assertThat(vobiz.pendingFaults()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
