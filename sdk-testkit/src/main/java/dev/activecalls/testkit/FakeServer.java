package dev.activecalls.testkit;

import dev.activecalls.core.internal.RuntimeCheck;
import dev.activecalls.testkit.internal.CallStore;
import dev.activecalls.testkit.internal.FakeHttpServer;
import dev.activecalls.testkit.internal.SeededRandom;
import dev.activecalls.testkit.internal.VendorRoutes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the three fakes share: a real HTTP server on a random loopback port, the live calls it
 * serves, a clock that call durations and timestamps are read from, faults on demand and a
 * record of the requests received. Every response carries an {@code x-request-id} header,
 * {@code fake-req-1}, {@code fake-req-2}, ... in arrival order.
 *
 * <p>Each live call has a key, the identifier the vendor's API looks it up by: the room name on
 * {@link FakeTrillet}, the call UUID on {@link FakeVobiz}, the call id on {@link FakeTalkover}.
 * Calls are added and changed through the fake's {@code CallSpec}, which starts from defaults
 * for every field, or from the call's current fields when changing it.
 *
 * <p>Thread-safe: tests may change calls, queue faults and read requests while clients call
 * the server from several threads.
 *
 * @param <C> the vendor's call, e.g. {@link FakeTrillet.Call}
 * @param <S> the vendor's call spec, e.g. {@link FakeTrillet.CallSpec}
 */
public abstract sealed class FakeServer<C, S> implements AutoCloseable
    permits FakeTrillet, FakeVobiz, FakeTalkover {

  private final FakeHttpServer http;
  private final SeededRandom random;
  private final CallStore<C> calls;
  private final Function<@Nullable C, S> specOf;
  private final CallFactory<S, C> factory;
  private volatile Clock clock;

  /**
   * Describes the vendor's calls to the shared store.
   *
   * @param seed seeds the random that unset ids (and Vobiz's {@code api_id}s) are drawn from,
   *     so that a fresh fake always answers the same
   * @param keyOf reads a call's key
   * @param specOf returns a spec holding a call's fields, or the defaults for null
   * @param factory builds the call a spec describes
   */
  FakeServer(Clock clock, long seed, Function<C, String> keyOf,
      Function<@Nullable C, S> specOf, CallFactory<S, C> factory) {
    // Before MockWebServer runs: a dependency conflict fails here, with the jars named.
    RuntimeCheck.verify(getClass().getSimpleName());
    this.http = new FakeHttpServer();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new SeededRandom(seed);
    this.calls = new CallStore<>(keyOf);
    this.specOf = specOf;
    this.factory = factory;
  }

  /** Builds a vendor's call from its spec, at an instant, drawing unset ids from a random. */
  interface CallFactory<S, C> {
    C build(S spec, Instant now, SeededRandom random);
  }

  final void serve(VendorRoutes routes) {
    http.start(routes);
  }

  final Instant now() {
    return clock.instant();
  }

  final SeededRandom random() {
    return random;
  }

  /**
   * Tells which vendor this fake plays.
   *
   * @return the vendor
   */
  public abstract Vendor vendor();

  /**
   * Adds a live call with defaults for every field; see {@link #addCall(Consumer)}.
   *
   * @return the call as stored
   */
  public final C addCall() {
    return addCall(spec -> { });
  }

  /**
   * Adds a live call, starting from defaults for every field (listed on the fake's {@code
   * CallSpec}).
   *
   * @param customizer sets the fields the test cares about, e.g. {@code c ->
   *     c.roomName("call-abc").sentiment("positive")} on {@link FakeTrillet}
   * @return the call as stored
   * @throws IllegalArgumentException if a live call already has that key, or a field is invalid
   */
  public final C addCall(Consumer<S> customizer) {
    return calls.add(built(null, customizer));
  }

  /**
   * Changes a live call atomically; the spec handed to {@code changes} holds its current
   * fields. The key cannot change.
   *
   * @param key the call's key
   * @param changes the changes, e.g. {@code c -> c.status("answered")} on {@link FakeTalkover}
   * @return the call as stored after the change
   * @throws NoSuchElementException if no live call has that key
   * @throws IllegalArgumentException if the change alters the key or a field is invalid
   */
  public final C updateCall(String key, Consumer<S> changes) {
    return update(key, changes).orElseThrow(() -> new NoSuchElementException(
        getClass().getSimpleName() + " has no live call " + key));
  }

  /**
   * Ends a call: from now on the vendor's API answers 404 for it and does not list it.
   *
   * @param key the call's key
   * @return true if the call was live
   */
  public final boolean endCall(String key) {
    return calls.remove(key);
  }

  /**
   * Looks up a live call.
   *
   * @param key the call's key
   * @return the call, or empty if it is not live
   */
  public final Optional<C> call(String key) {
    return calls.get(key);
  }

  /**
   * Returns the live calls in the order they were added.
   *
   * @return an immutable snapshot
   */
  public final List<C> calls() {
    return calls.snapshot();
  }

  /**
   * Counts the live calls.
   *
   * @return how many calls the fake serves right now
   */
  public final int callCount() {
    return calls.snapshot().size();
  }

  /**
   * Ends every live call.
   *
   * @return how many were ended
   */
  public final int endAllCalls() {
    return calls.clear();
  }

  private Optional<C> update(String key, Consumer<S> changes) {
    return calls.update(key, current -> built(current, changes));
  }

  private C built(@Nullable C current, Consumer<S> changes) {
    S spec = specOf.apply(current);
    changes.accept(spec);
    return factory.build(spec, now(), random);
  }

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

  // What a CallScenario needs from a vendor, so that it drives every fake the same way. The
  // defaults fit a phone call: it rings before it is answered and has no transcript.

  /** Whether calls ring before they are answered; calls that do not are live at once. */
  boolean rings() {
    return true;
  }

  /** Whether calls have a transcript that grows while they talk. */
  boolean talks() {
    return false;
  }

  /**
   * Adds the call a scenario planned and returns it as the scenario reports it. The vendor's
   * ids and names are drawn from the plan's random, in a fixed order, so that a seed always
   * gives the same calls.
   */
  abstract ScenarioCall place(CallScenario.Plan plan);

  /** Returns the key of a call the scenario placed. */
  String keyOf(ScenarioCall call) {
    return call.callId();
  }

  /** Shows a scenario call's phase (ringing or answered) in its spec. */
  void showPhase(S spec, ScenarioCall call) {}

  /** Adds a line said, and maybe a new sentiment, to a scenario call's spec. */
  void say(S spec, String role, String line, @Nullable String sentiment) {}

  /** Moves a scenario call to its phase; a call ended by hand stays ended. */
  final void changePhase(ScenarioCall call) {
    update(keyOf(call), spec -> showPhase(spec, call));
  }

  /** Adds a line to a scenario call's transcript; a call ended by hand stays ended. */
  final void addLine(ScenarioCall call, String role, String line, @Nullable String sentiment) {
    update(keyOf(call), spec -> say(spec, role, line, sentiment));
  }

  /** Ends a scenario call, if it was not ended by hand. */
  final void end(ScenarioCall call) {
    endCall(keyOf(call));
  }
}
