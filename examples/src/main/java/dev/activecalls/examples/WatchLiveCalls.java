package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.core.live.CallView;
import dev.activecalls.monitor.CallEvent;
import dev.activecalls.monitor.LiveCallMonitor;
import dev.activecalls.monitor.MonitorSnapshot;
import dev.activecalls.monitor.SourceHealth;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.Fault;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The live view: one {@link LiveCallMonitor} over the three vendors, printing each call that
 * starts, changes or ends. Offline (the demo's {@code --watch}), the seeded scenario runs on
 * simulated time, five seconds a step, so three minutes of calls print at once and the same on
 * every run; a Trillet outage in the middle shows that a failing source ends nothing.
 *
 * <pre>
 * java -jar activecalls-demo.jar --watch
 * </pre>
 */
public final class WatchLiveCalls {
  /** How long the offline watch runs, in simulated time. */
  static final Duration SPAN = Duration.ofMinutes(3);
  /** How often the offline watch polls, in simulated time. */
  static final Duration STEP = Duration.ofSeconds(5);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private WatchLiveCalls() {}

  /**
   * Runs the offline watch and exits non-zero on failure.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int code = run(System.out);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Watches the offline vendors for {@link #SPAN} of simulated time.
   *
   * @param out where to print
   * @return 0, or 1 when the SDK reported a failure
   */
  public static int run(PrintStream out) {
    try (OfflineVendors offline = OfflineVendors.start(Sleeper.system());
        TrilletClient trillet = offline.trilletClient().clock(offline.scenario().clock()).build();
        VobizClient vobiz = offline.vobizClient().clock(offline.scenario().clock()).build();
        TalkoverClient talkover = offline.talkoverClient().clock(offline.scenario().clock()).build();
        LiveCallMonitor monitor = LiveCallMonitor.builder()
            .source(trillet.callSource())
            .source(vobiz.callSource())
            .source(talkover.callSource())
            .clock(offline.scenario().clock())
            .listener(event -> out.println(describe(event)))
            .build()) {
      out.println("Watching Trillet, Vobiz and Talkover for " + SPAN.toMinutes()
          + " simulated minutes, a poll every " + STEP.toSeconds() + " s");
      MonitorSnapshot snapshot = monitor.pollNow();
      out.println(snapshot.calls().size() + " calls live at the start");
      for (Duration at = STEP; at.compareTo(SPAN) <= 0; at = at.plus(STEP)) {
        if (at.equals(Duration.ofSeconds(60))) {
          offline.trillet().enqueue(Fault.status(503).times(3)); // a bad minute at Trillet
        }
        offline.scenario().advance(STEP);
        snapshot = monitor.pollNow();
      }
      out.println(summary(snapshot));
      return 0;
    } catch (ActiveCallsException | IllegalStateException e) {
      out.println("Failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Describes one event on one line, like {@code 09:01:35 started trillet call-_+1212... active}.
   *
   * @param event the event
   * @return the line
   */
  static String describe(CallEvent event) {
    String time = TIME.format(event.at());
    if (event instanceof CallEvent.Started started) {
      CallView call = started.call();
      return time + "  started  " + call.vendor() + " " + call.callId() + " " + call.state().raw()
          + (call.to() != null ? " to " + call.to() : call.from() != null ? " from " + call.from() : "");
    } else if (event instanceof CallEvent.Changed changed) {
      return time + "  changed  " + changed.call().vendor() + " " + changed.call().callId() + " "
          + changed.before().state().raw() + " -> " + changed.call().state().raw() + " " + changed.fields();
    } else if (event instanceof CallEvent.Ended ended) {
      CallView call = ended.call();
      return time + "  ended    " + call.vendor() + " " + call.callId() + " after "
          + Durations.minutesSeconds(call.duration());
    } else if (event instanceof CallEvent.SourceFailing failing) {
      return time + "  FAILING  " + failing.sourceName() + ": " + failing.error()
          + " (its calls stay as last seen)";
    } else {
      CallEvent.SourceRecovered recovered = (CallEvent.SourceRecovered) event;
      return time + "  RECOVERED " + recovered.sourceName() + " after " + recovered.failedPolls()
          + " failed polls";
    }
  }

  private static String summary(MonitorSnapshot snapshot) {
    StringBuilder line = new StringBuilder(snapshot.calls().size() + " calls live at the end;");
    List<SourceHealth> sources = snapshot.sources();
    for (SourceHealth source : sources) {
      line.append(' ').append(source.name()).append(' ').append(source.calls()).append(" (")
          .append(source.status().name().toLowerCase(Locale.ROOT)).append(')');
    }
    return line.toString();
  }
}
