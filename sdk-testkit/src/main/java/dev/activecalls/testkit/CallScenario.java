package dev.activecalls.testkit;

import dev.activecalls.testkit.internal.SeededRandom;
import dev.activecalls.testkit.internal.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Places and ends calls on fakes over simulated time, for demos and load tests. Calls arrive as
 * a Poisson process ({@link Builder#arrivalsPerMinute(double)}), ring for a while ({@link
 * Builder#meanRingTime(Duration)}; Vobiz {@code RINGING} then {@code ACTIVE}, Talkover {@code
 * ringing} then {@code answered}; Trillet calls are live at once), talk for an exponentially
 * distributed time ({@link Builder#meanDuration(Duration)}; Trillet transcripts grow and
 * sentiment shifts as they talk) and then end. Arrivals go to the fakes in turn.
 *
 * <p>Nothing happens on its own: {@link #advance(Duration)} moves the scenario's {@link
 * SimulatedClock}, which the fakes are set to read, and applies every change due by then, in
 * time order. The same seed and settings give the same calls (ids, room names, phones,
 * timings), however the advances are split.
 *
 * <pre>{@code
 * CallScenario scenario = CallScenario.builder()
 *     .seed(42).initialCalls(6).arrivalsPerMinute(4).meanDuration(Duration.ofMinutes(3))
 *     .fakes(trillet, vobiz, talkover)
 *     .build();
 * scenario.advance(Duration.ofMinutes(2));
 * ScenarioCall someone = scenario.activeCalls(Vendor.TALKOVER).get(0);
 * // look up someone.agentId() / someone.phone() with the Talkover client
 * }</pre>
 *
 * <p>Thread-safe. The scenario owns its clock: set it by advancing, not from outside. A call a
 * test ends by hand is skipped when its scheduled changes come; {@link #activeCalls()} lists it
 * until its planned end.
 */
public final class CallScenario {
  private static final List<String> CUSTOMERS = List.of("John Doe", "Maria Garcia",
      "Wei Chen", "Aisha Khan", "Lucas Silva", "Emma Novak", "Kenji Sato", "Fatima Ali");
  private static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
  private static final List<String> CUSTOMER_LINES = List.of(
      "I need help with my account.", "My last invoice looks wrong.",
      "Can I move my appointment to Friday?", "I'd like to talk to a person, please.",
      "That works, thank you.", "I already tried that.");
  private static final List<String> AGENT_LINES = List.of(
      "Sure, I can help you with that!", "Let me look that up for you.",
      "I've found your account.", "Is there anything else I can help with?",
      "One moment while I check.", "I can transfer you to a specialist.");

  private final SeededRandom random;
  private final SimulatedClock clock;
  private final List<FakeServer<?, ?>> fakes;
  private final Duration meanInterArrival;
  private final Duration meanDuration;
  private final Duration meanRingTime;
  private final String talkoverAgentId;
  private final long seed;
  private final PriorityQueue<Event> events = new PriorityQueue<>(
      Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
  private final Map<Integer, Sim> active = new LinkedHashMap<>();
  private long eventSequence;
  private int started;
  private int ended;

  private CallScenario(Builder builder) {
    this.seed = builder.seed;
    this.random = new SeededRandom(builder.seed);
    this.clock = SimulatedClock.at(builder.start);
    this.fakes = List.copyOf(builder.fakes);
    this.meanDuration = builder.meanDuration;
    this.meanRingTime = builder.meanRingTime;
    this.talkoverAgentId = builder.talkoverAgentId;
    this.meanInterArrival = builder.arrivalsPerMinute > 0
        ? Duration.ofNanos(Math.round(60e9 / builder.arrivalsPerMinute)) : Duration.ZERO;
    for (FakeServer<?, ?> fake : fakes) {
      fake.setClock(clock);
    }
    for (int i = 0; i < builder.initialCalls; i++) {
      placeInitialCall();
    }
    if (!meanInterArrival.isZero()) {
      schedule(builder.start.plus(random.exponential(meanInterArrival)), Kind.ARRIVAL, 0);
    }
  }

  /**
   * Returns a builder; {@link Builder#fakes(FakeServer...)} is required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the seed this scenario was built with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the simulated clock the driven fakes read.
   *
   * @return the clock
   */
  public SimulatedClock clock() {
    return clock;
  }

  /**
   * Returns the current simulated instant.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves simulated time forward, placing, answering, updating and ending calls as they fall
   * due, in time order; the clock shows each change's instant while it is applied and ends at
   * the new time.
   *
   * @param by how far, zero or more
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public synchronized void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("by must not be negative: " + by);
    }
    Instant target = clock.instant().plus(by);
    while (!events.isEmpty() && !events.peek().at().isAfter(target)) {
      Event event = events.poll();
      if (event.at().isAfter(clock.instant())) {
        clock.set(event.at());
      }
      apply(event);
    }
    if (target.isAfter(clock.instant())) {
      clock.set(target);
    }
  }

  /**
   * Returns the calls the scenario has placed and not yet ended, oldest first.
   *
   * @return an immutable snapshot
   */
  public synchronized List<ScenarioCall> activeCalls() {
    List<ScenarioCall> out = new ArrayList<>();
    for (Sim sim : active.values()) {
      out.add(sim.call);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the active calls placed on one vendor's fake, oldest first.
   *
   * @param vendor the vendor
   * @return an immutable snapshot, empty if none
   */
  public synchronized List<ScenarioCall> activeCalls(Vendor vendor) {
    return activeCalls().stream().filter(call -> call.vendor() == vendor).toList();
  }

  /**
   * Counts the calls placed so far, initial calls included.
   *
   * @return the count
   */
  public synchronized int startedCount() {
    return started;
  }

  /**
   * Counts the calls ended so far.
   *
   * @return the count
   */
  public synchronized int endedCount() {
    return ended;
  }

  private void placeInitialCall() {
    Instant now = clock.instant();
    long maxElapsed = Math.max(5, meanDuration.getSeconds());
    Duration elapsed = random.uniformSeconds(5, maxElapsed);
    Instant arrivedAt = now.minus(elapsed);
    Duration ring = ringTime(fakeFor(started + 1));
    if (ring.compareTo(elapsed) > 0) {
      ring = elapsed;
    }
    Instant endsAt = now.plus(talkTime());
    place(arrivedAt, arrivedAt.plus(ring), endsAt);
  }

  private void placeArrival() {
    Instant now = clock.instant();
    Duration ring = ringTime(fakeFor(started + 1));
    Instant answersAt = now.plus(ring);
    place(now, answersAt, answersAt.plus(talkTime()));
    schedule(now.plus(random.exponential(meanInterArrival)), Kind.ARRIVAL, 0);
  }

  private Duration ringTime(FakeServer<?, ?> fake) {
    if (!fake.rings()) {
      return Duration.ZERO;
    }
    long seconds = random.exponentialSeconds(meanRingTime).getSeconds();
    return Duration.ofSeconds(Math.min(60, Math.max(1, seconds)));
  }

  private Duration talkTime() {
    long seconds = random.exponentialSeconds(meanDuration).getSeconds();
    return Duration.ofSeconds(Math.max(10, seconds));
  }

  private FakeServer<?, ?> fakeFor(int number) {
    return fakes.get((number - 1) % fakes.size());
  }

  private void place(Instant arrivedAt, Instant answersAt, Instant endsAt) {
    int number = ++started;
    FakeServer<?, ?> fake = fakeFor(number);
    boolean answered = !answersAt.isAfter(clock.instant());
    String phone = random.phone();
    String customer = random.pick(CUSTOMERS);
    Plan plan = new Plan(number, phone, customer,
        answered ? ScenarioCall.Phase.ANSWERED : ScenarioCall.Phase.RINGING,
        arrivedAt, answersAt, endsAt, talkoverAgentId, random);
    Sim sim = new Sim(fake, fake.place(plan));
    active.put(number, sim);
    if (fake.talks()) {
      Instant firstLine = clock.instant().plus(random.uniformSeconds(4, 12));
      if (firstLine.isBefore(endsAt)) {
        schedule(firstLine, Kind.TALK, number);
      }
    }
    if (!answered) {
      schedule(answersAt, Kind.ANSWER, number);
    }
    schedule(endsAt, Kind.END, number);
  }

  private void apply(Event event) {
    if (event.kind() == Kind.ARRIVAL) {
      placeArrival();
      return;
    }
    Sim sim = active.get(event.callNumber());
    if (sim == null) {
      return;
    }
    switch (event.kind()) {
      case ANSWER -> answer(sim);
      case TALK -> talk(sim);
      case END -> end(sim);
      default -> throw new IllegalStateException("unexpected event " + event);
    }
  }

  private void answer(Sim sim) {
    ScenarioCall c = sim.call;
    sim.call = new ScenarioCall(c.number(), c.vendor(), c.callId(), c.roomName(), c.agentId(),
        c.phone(), ScenarioCall.Phase.ANSWERED, c.arrivedAt(), c.answersAt(), c.endsAt());
    sim.fake.changePhase(sim.call);
  }

  private void talk(Sim sim) {
    boolean customerTurn = sim.turns % 2 == 0;
    String line = random.pick(customerTurn ? CUSTOMER_LINES : AGENT_LINES);
    String sentiment = random.nextDouble() < 0.3 ? random.pick(SENTIMENTS) : null;
    sim.turns++;
    sim.fake.addLine(sim.call, customerTurn ? "customer" : "agent", line, sentiment);
    Instant next = clock.instant().plus(random.uniformSeconds(6, 20));
    if (next.isBefore(sim.call.endsAt())) {
      schedule(next, Kind.TALK, sim.call.number());
    }
  }

  private void end(Sim sim) {
    active.remove(sim.call.number());
    ended++;
    sim.fake.end(sim.call);
  }

  private void schedule(Instant at, Kind kind, int callNumber) {
    events.add(new Event(at, eventSequence++, kind, callNumber));
  }

  private enum Kind { ARRIVAL, ANSWER, TALK, END }

  private record Event(Instant at, long sequence, Kind kind, int callNumber) {}

  /**
   * What the scenario decided about a call it places; the fake adds its vendor's ids and
   * fields. Ids are drawn from {@code random}, the scenario's, so that a seed gives the same
   * calls.
   *
   * @param agentId the agent the call belongs to, where calls belong to one (Talkover)
   */
  record Plan(int number, String phone, String customer, ScenarioCall.Phase phase,
      Instant arrivedAt, Instant answersAt, Instant endsAt, String agentId,
      SeededRandom random) {

    /** Returns the call as the scenario reports it, with the ids the vendor's fake drew. */
    ScenarioCall call(Vendor vendor, String callId, @Nullable String roomName,
        @Nullable String callAgentId) {
      return new ScenarioCall(number, vendor, callId, roomName, callAgentId, phone, phase,
          arrivedAt, answersAt, endsAt);
    }
  }

  /** A call in progress: where it was placed and how far it got. */
  private static final class Sim {
    final FakeServer<?, ?> fake;
    ScenarioCall call;
    int turns;

    Sim(FakeServer<?, ?> fake, ScenarioCall call) {
      this.fake = fake;
      this.call = call;
    }
  }

  /** Builds a {@link CallScenario}. */
  public static final class Builder {
    private long seed = 1;
    private Instant start = Instant.parse("2025-01-06T09:00:00Z");
    private double arrivalsPerMinute = 4;
    private Duration meanDuration = Duration.ofMinutes(3);
    private Duration meanRingTime = Duration.ofSeconds(6);
    private int initialCalls;
    private String talkoverAgentId = FakeTalkover.DEFAULT_AGENT_ID;
    private final List<FakeServer<?, ?>> fakes = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the seed (1 by default): the same seed and settings give the same calls.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the simulated instant the scenario starts at (2025-01-06T09:00:00Z by default).
     *
     * @param value the instant
     * @return this builder
     */
    public Builder startAt(Instant value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /**
     * Sets how many calls arrive per simulated minute on average (4 by default; 0 for none).
     *
     * @param value the rate, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative, not finite, or above 60,000
     */
    public Builder arrivalsPerMinute(double value) {
      if (!(value >= 0 && value <= 60_000)) {
        throw new IllegalArgumentException("arrivalsPerMinute must be 0 to 60000: " + value);
      }
      this.arrivalsPerMinute = value;
      return this;
    }

    /**
     * Sets the mean talk time of a call after it is answered (3 minutes by default; at least
     * 10 seconds each).
     *
     * @param value the mean, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder meanDuration(Duration value) {
      this.meanDuration = positive("meanDuration", value);
      return this;
    }

    /**
     * Sets the mean ring time before a Vobiz or Talkover call is answered (6 seconds by
     * default; between 1 and 60 seconds each).
     *
     * @param value the mean, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder meanRingTime(Duration value) {
      this.meanRingTime = positive("meanRingTime", value);
      return this;
    }

    /**
     * Sets how many calls are already answered and talking when the scenario starts (0 by
     * default).
     *
     * @param value the count, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialCalls(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("initialCalls must not be negative: " + value);
      }
      this.initialCalls = value;
      return this;
    }

    /**
     * Sets the agent id of the Talkover calls ({@link FakeTalkover#DEFAULT_AGENT_ID} by
     * default).
     *
     * @param value the agent id
     * @return this builder
     */
    public Builder talkoverAgentId(String value) {
      this.talkoverAgentId = Values.requireText("talkoverAgentId", value);
      return this;
    }

    /**
     * Sets the fakes calls are placed on, in turn. Building sets each fake's clock to the
     * scenario's clock.
     *
     * @param value one or more fakes, e.g. {@code trillet, vobiz, talkover}
     * @return this builder
     */
    public Builder fakes(FakeServer<?, ?>... value) {
      fakes.clear();
      for (FakeServer<?, ?> fake : value) {
        fakes.add(Objects.requireNonNull(fake, "fake"));
      }
      return this;
    }

    /**
     * Builds the scenario, sets the fakes' clocks and places the initial calls.
     *
     * @return the scenario, standing at its start instant
     * @throws IllegalStateException if no fake was given
     */
    public CallScenario build() {
      if (fakes.isEmpty()) {
        throw new IllegalStateException("a scenario needs at least one fake: call fakes(...)");
      }
      return new CallScenario(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
