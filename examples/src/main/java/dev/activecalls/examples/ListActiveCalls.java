package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TrilletClient;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A Trillet wallboard: every live AI-agent call in the workspace, one line each.
 *
 * <pre>
 * java -cp activecalls-demo.jar dev.activecalls.examples.ListActiveCalls          # offline fakes
 * TRILLET_API_KEY=... TRILLET_WORKSPACE_ID=... java -cp ... ListActiveCalls --live  # real Trillet
 * </pre>
 */
public final class ListActiveCalls {
  private ListActiveCalls() {}

  /**
   * Runs the example and exits non-zero on failure.
   *
   * @param args {@code --live} to call the real Trillet
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
   * @param args {@code --live} to call the real Trillet with {@code TRILLET_*} variables
   * @param out where to print
   * @param env the environment variables
   * @return the exit code: 0, or 1 when the SDK reported a failure
   */
  public static int run(String[] args, PrintStream out, Function<String, @Nullable String> env) {
    try {
      if (List.of(args).contains("--live")) {
        try (TrilletClient trillet = TrilletClient.builder().fromEnv(env).build()) {
          print(trillet, out);
        }
      } else {
        try (OfflineVendors offline = OfflineVendors.start(Sleeper.system());
            TrilletClient trillet = offline.trilletClient().build()) {
          print(trillet, out);
        }
      }
      return 0;
    } catch (ActiveCallsException | IllegalStateException e) {
      out.println("Failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Prints the workspace's live calls as a table.
   *
   * @param trillet the client
   * @param out where to print
   */
  static void print(TrilletClient trillet, PrintStream out) {
    ActiveCallList calls = trillet.activeCalls().list();
    Table table = new Table("ROOM", "AGENT", "CUSTOMER", "TYPE", "TIME", "SENTIMENT", "LAST MESSAGE");
    for (ActiveCall call : calls) {
      table.row(call.roomName(), call.aiAgentName(),
          call.customerName() != null ? call.customerName() : call.customerPhone(),
          call.type().raw(), Durations.minutesSeconds(call.duration()),
          call.sentiment() == null ? null : call.sentiment().raw(), call.lastMessage());
    }
    table.print(out);
    out.println(calls.count() + " live call(s) at " + calls.timestamp());
  }
}
