package dev.activecalls.testkit;

import dev.activecalls.testkit.internal.FakeHttpServer;
import dev.activecalls.testkit.internal.VendorRoutes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What the three fakes share: a real HTTP server on a random loopback port, a clock that call
 * durations and timestamps are read from, faults on demand and a record of the requests
 * received. Every response carries an {@code x-request-id} header, {@code fake-req-1}, {@code
 * fake-req-2}, ... in arrival order.
 *
 * <p>Thread-safe: tests may change calls, queue faults and read requests while clients call
 * the server from several threads.
 */
public abstract sealed class FakeServer implements AutoCloseable
    permits FakeTrillet, FakeVobiz, FakeTalkover {

  private final FakeHttpServer http = new FakeHttpServer();
  private volatile Clock clock;

  FakeServer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  final void serve(VendorRoutes routes) {
    http.start(routes);
  }

  final Instant now() {
    return clock.instant();
  }

  /**
   * Tells which vendor this fake plays.
   *
   * @return the vendor
   */
  public abstract Vendor vendor();

  /**
   * Counts the live calls.
   *
   * @return how many calls the fake serves right now
   */
  public abstract int callCount();

  /**
   * Ends every live call.
   *
   * @return how many calls were ended
   */
  public abstract int endAllCalls();

  /**
   * Returns the URL to give an SDK client builder's {@code baseUrl(...)}, e.g. {@code
   * http://127.0.0.1:53124} (no trailing slash).
   *
   * @return the base URL
   */
  public final String baseUrl() {
    return http.baseUrl();
  }

  /**
   * Returns the clock durations and timestamps are read from ({@link Clock#systemUTC()} unless
   * set).
   *
   * @return the clock
   */
  public final Clock clock() {
    return clock;
  }

  /**
   * Replaces the clock; durations of live calls are read from it from now on. A {@link
   * CallScenario} sets its own clock on the fakes it drives.
   *
   * @param newClock the clock, e.g. a {@link SimulatedClock}
   */
  public final void setClock(Clock newClock) {
    this.clock = Objects.requireNonNull(newClock, "clock");
  }

  /**
   * Queues a fault behind those already queued; it answers the next matching requests.
   *
   * @param fault the fault
   */
  public final void enqueue(Fault fault) {
    http.enqueue(Objects.requireNonNull(fault, "fault").toPlan());
  }

  /**
   * Counts the faulty responses still to be served, over all queued faults.
   *
   * @return the count, 0 once every fault has been used up
   */
  public final int pendingFaults() {
    return http.pendingFaults();
  }

  /** Drops every queued fault that has not been used up. */
  public final void clearFaults() {
    http.clearFaults();
  }

  /**
   * Returns the requests received since the start or the last {@link #clearRequests()}, oldest
   * first, faulty ones included.
   *
   * @return an immutable copy
   */
  public final List<ReceivedRequest> requests() {
    return http.requests();
  }

  /**
   * Counts the requests received since the start or the last {@link #clearRequests()}.
   *
   * @return the count
   */
  public final int requestCount() {
    return http.requestCount();
  }

  /**
   * Returns the most recent request.
   *
   * @return the request
   * @throws NoSuchElementException if none was received since the last {@link #clearRequests()}
   */
  public final ReceivedRequest lastRequest() {
    List<ReceivedRequest> all = http.requests();
    if (all.isEmpty()) {
      throw new NoSuchElementException("no request received");
    }
    return all.get(all.size() - 1);
  }

  /** Forgets the requests received so far; request ids keep counting up. */
  public final void clearRequests() {
    http.clearRequests();
  }

  /** Stops the server and releases responses held back by delay faults. Idempotent. */
  @Override
  public final void close() {
    http.close();
  }

  /**
   * Describes the fake.
   *
   * @return e.g. {@code FakeTrillet[http://127.0.0.1:53124, 3 calls]}
   */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + baseUrl() + ", " + callCount() + " calls]";
  }
}
