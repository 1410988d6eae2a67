package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.vobiz.LiveCall;
import dev.activecalls.vobiz.LiveCallList;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A Vobiz capacity view and cost timer: the calls live on the account, and each one's state,
 * parties and time on the line.
 *
 * <pre>
 * java -cp activecalls-demo.jar dev.activecalls.examples.LiveCallStatus             # offline fakes
 * VOBIZ_AUTH_ID=... VOBIZ_AUTH_TOKEN=... java -cp ... LiveCallStatus --live [uuid]  # real Vobiz
 * </pre>
 */
public final class LiveCallStatus {
  private LiveCallStatus() {}

  /**
   * Runs the example and exits non-zero on failure.
   *
   * @param args {@code --live} to call the real Vobiz; call UUIDs to look at only those
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System::getenv);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the example.
   *
   * @param args {@code --live} to use {@code VOBIZ_*} variables; any other argument is a call UUID
   * @param out where to print
   * @param env the environment variables
   * @return the exit code: 0, or 1 when the SDK reported a failure
   */
  public static int run(String[] args, PrintStream out, Function<String, @Nullable String> env) {
    List<String> uuids = List.of(args).stream().filter(arg -> !arg.equals("--live")).toList();
    try {
      if (List.of(args).contains("--live")) {
        try (VobizClient vobiz = VobizClient.builder().fromEnv(env).build()) {
          print(vobiz, uuids, Instant.now(), out);
        }
      } else {
        try (OfflineVendors offline = OfflineVendors.start(Sleeper.system());
            VobizClient vobiz = offline.vobizClient().build()) {
          print(vobiz, uuids, offline.scenario().now(), out);
        }
      }
      return 0;
    } catch (ActiveCallsException | IllegalStateException e) {
      out.println("Failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Prints the live calls (or the given ones) with their state.
   *
   * @param vobiz the client
   * @param only call UUIDs to show; empty for every live call
   * @param now the time to measure time on the line against
   * @param out where to print
   */
  static void print(VobizClient vobiz, List<String> only, Instant now, PrintStream out) {
    List<String> uuids = only;
    if (uuids.isEmpty()) {
      LiveCallList live = vobiz.liveCalls().list();
      out.println(live.count() + " call(s) live on the account");
      uuids = live.callUuids();
    }
    Table table = new Table("CALL UUID", "STATE", "DIRECTION", "FROM", "TO", "STARTED", "ON LINE");
    for (String uuid : uuids) {
      Optional<LiveCall> call = vobiz.liveCalls().find(uuid); // empty if it ended since the list
      if (call.isEmpty()) {
        table.row(uuid, "ended", null, null, null, null, null);
        continue;
      }
      LiveCall c = call.get();
      Instant started = c.sessionStart() != null ? c.sessionStart() : c.initiationTime();
      Duration onLine = c.duration() != null ? c.duration()
          : started == null ? null : Duration.between(started, now);
      table.row(c.callUuid(), c.state() == null ? null : c.state().raw(),
          c.direction() == null ? null : c.direction().raw(), c.from(), c.to(), started,
          Durations.minutesSeconds(onLine));
    }
    table.print(out);
  }
}
