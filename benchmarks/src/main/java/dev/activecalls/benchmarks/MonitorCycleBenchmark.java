package dev.activecalls.benchmarks;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.live.CallPoll;
import dev.activecalls.core.live.CallSource;
import dev.activecalls.core.live.CallView;
import dev.activecalls.core.live.LiveState;
import dev.activecalls.core.live.RequestBudget;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.monitor.MonitorSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One monitor cycle over {@code size} live calls across three sources (Trillet, Vobiz and
 * Talkover, a third of the calls each): each source answers two prepared polls in turn, the
 * second with 5% of the calls changed, 5% ended and 5% new, so every cycle diffs every call and
 * reports 15% of them. No HTTP: the cost is the monitor's own (budget, diff, events,
 * snapshot). The baseline is the loop a user writes by hand: a map by call id, the same four
 * fields compared, the same events and the same snapshot list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonitorCycleBenchmark {
  /** The random seed of the generated calls. */
  public static final long SEED = 20261204L;

  /** How many calls are live. */
  @Param({"100", "1000", "10000"})
  public int size;

  private LiveCallMonitor monitor;
  private Baseline baseline;
  /** Where the monitor's listener puts each event, so none is optimised away. */
  private volatile Object lastEvent;

  /** Generates the two polls and builds both sides. */
  @Setup
  public void setUp() {
    monitor = monitorOver(sources(size, SEED), event -> lastEvent = event);
    baseline = new Baseline(sources(size, SEED));
  }

  /** Closes the monitor. */
  @TearDown
  public void tearDown() {
    monitor.close();
  }

  /**
   * The SDK's cycle: {@code pollNow()} with a listener that consumes each event.
   *
   * @return the snapshot
   */
  @Benchmark
  public MonitorSnapshot sdk() {
    return monitor.pollNow();
  }

  /**
   * The hand-written cycle.
   *
   * @param events consumes each event
   * @return the calls live now
   */
  @Benchmark
  public List<CallView> baseline(Blackhole events) {
    return baseline.cycle(events::consume);
  }

  /** The vendors of the three sources; call {@code i} belongs to {@code VENDORS[i % 3]}. */
  static final List<String> VENDORS = List.of("trillet", "vobiz", "talkover");

  /**
   * Three sources, one per vendor, answering between them the two polls of {@link #polls}.
   *
   * @param size how many calls are live across the three
   * @param seed the random seed
   * @return the sources, in {@link #VENDORS} order
   */
  static List<Alternating> sources(int size, long seed) {
    List<List<CallView>> polls = polls(size, seed);
    List<Alternating> sources = new ArrayList<>();
    for (String vendor : VENDORS) {
      List<List<CallView>> own = new ArrayList<>();
      for (List<CallView> poll : polls) {
        own.add(poll.stream().filter(call -> call.vendor().equals(vendor)).toList());
      }
      sources.add(new Alternating(vendor, own));
    }
    return sources;
  }

  /** Two polls of {@code size} calls: the second changes 5%, ends 5% and starts 5% new ones. */
  static List<List<CallView>> polls(int size, long seed) {
    Random random = new Random(seed);
    Instant start = Instant.parse("2026-12-04T09:00:00Z");
    List<CallView> first = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      first.add(view(VENDORS.get(i % 3), "call-" + i, random.nextBoolean() ? "ringing" : "in-progress", "+1555" + (1_000_000 + i),
          start.plusSeconds(random.nextInt(600))));
    }
    List<CallView> second = new ArrayList<>(size);
    int tenth = Math.max(1, size / 20);
    for (int i = 0; i < size; i++) {
      CallView call = first.get(i);
      if (i % 20 == 1) {
        continue; // ended
      }
      second.add(i % 20 == 0 ? view(call.vendor(), call.callId(), call.state().raw().equals("ringing") ? "in-progress" : "held",
          call.from(), call.startedAt()) : call);
    }
    for (int i = 0; i < tenth; i++) {
      second.add(view(VENDORS.get(i % 3), "new-" + i, "ringing", "+1666" + (1_000_000 + i), start.plusSeconds(700)));
    }
    return List.of(first, second);
  }

  private static CallView view(String vendor, String id, String state, String from, Instant startedAt) {
    return new CallView(vendor, vendor, id, OpenEnum.of(LiveState.class, state), from, "+14155550100", null,
        startedAt, Duration.ofSeconds(60), id);
  }

  /**
   * Returns a monitor over the sources, as the benchmark's SDK side runs it.
   *
   * @param sources the sources, each answering its polls in turn
   * @param listener hears each event
   * @return the monitor
   */
  static LiveCallMonitor monitorOver(List<Alternating> sources, Consumer<Object> listener) {
    LiveCallMonitor.Builder builder = LiveCallMonitor.builder().listener(listener::accept);
    sources.forEach(builder::source);
    return builder.build();
  }

  /** A source answering the prepared polls in turn, at no cost in requests it could run out of. */
  static final class Alternating implements CallSource {
    private final String vendor;
    private final List<List<CallView>> polls;
    private int next;

    Alternating(String vendor, List<List<CallView>> polls) {
      this.vendor = vendor;
      this.polls = polls;
    }

    @Override
    public String name() {
      return vendor;
    }

    @Override
    public String vendor() {
      return vendor;
    }

    @Override
    public RequestBudget budget() {
      return new RequestBudget(Integer.MAX_VALUE, Duration.ofNanos(1));
    }

    @Override
    public int pollCost() {
      return 1;
    }

    @Override
    public CallPoll poll() {
      List<CallView> calls = polls.get(next);
      next = (next + 1) % polls.size();
      return new CallPoll(calls, 1);
    }
  }

  /** The diff a user writes by hand: one map by call id per source. */
  static final class Baseline {
    private final List<Alternating> sources;
    private final Map<String, Map<String, CallView>> last = new HashMap<>();

    Baseline(List<Alternating> sources) {
      this.sources = sources;
    }

    List<CallView> cycle(Consumer<Object> events) {
      List<CallView> live = new ArrayList<>();
      for (Alternating source : sources) {
        Map<String, CallView> now = cycle(source, events);
        last.put(source.name(), now);
        live.addAll(now.values());
      }
      return List.copyOf(live);
    }

    private Map<String, CallView> cycle(Alternating source, Consumer<Object> events) {
      Map<String, CallView> last = this.last.getOrDefault(source.name(), Map.of());
      List<CallView> calls = source.poll().calls();
      Map<String, CallView> now = new LinkedHashMap<>(calls.size() * 2);
      for (CallView call : calls) {
        now.putIfAbsent(call.callId(), call);
      }
      for (CallView call : now.values()) {
        CallView before = last.get(call.callId());
        if (before == null) {
          events.accept(new Event("started", call));
        } else if (!before.state().equals(call.state()) || !Objects.equals(before.from(), call.from())
            || !Objects.equals(before.to(), call.to()) || !Objects.equals(before.agent(), call.agent())) {
          events.accept(new Event("changed", call));
        }
      }
      for (CallView call : last.values()) {
        if (!now.containsKey(call.callId())) {
          events.accept(new Event("ended", call));
        }
      }
      return now;
    }

    record Event(String kind, CallView call) {}
  }
}
