package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ActiveCallsException;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.ScenarioCall;
import dev.activecalls.testkit.Vendor;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Before a Talkover agent dials a number: is it already on a call with that number? Dial only
 * when it is not.
 *
 * <pre>
 * java -cp activecalls-demo.jar dev.activecalls.examples.DedupBeforeDial                 # offline fakes
 * TALKOVER_API_TOKEN=talq_... java -cp ... DedupBeforeDial --live AGENT_ID +15551234567   # real Talkover
 * </pre>
 */
public final class DedupBeforeDial {
  private DedupBeforeDial() {}

  /**
   * Runs the example and exits non-zero on failure.
   *
   * @param args {@code --live AGENT_ID PHONE} to ask the real Talkover
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
   * @param args {@code --live AGENT_ID PHONE} to use {@code TALKOVER_API_TOKEN}; offline, an agent
   *     and phone are optional (the scenario's first call and a free number are checked)
   * @param out where to print
   * @param env the environment variables
   * @return the exit code: 0; 1 when the SDK reported a failure; 2 for bad arguments
   */
  public static int run(String[] args, PrintStream out, Function<String, @Nullable String> env) {
    List<String> rest = List.of(args).stream().filter(arg -> !arg.equals("--live")).toList();
    boolean live = rest.size() < args.length;
    if ((live && rest.size() != 2) || rest.size() == 1 || rest.size() > 2) {
      out.println("usage: DedupBeforeDial [--live] [AGENT_ID PHONE]");
      return 2;
    }
    try {
      if (live) {
        try (TalkoverClient talkover = TalkoverClient.builder().fromEnv(env).build()) {
          check(talkover, rest.get(0), rest.get(1), out);
        }
        return 0;
      }
      try (OfflineVendors offline = OfflineVendors.start(Sleeper.system());
          TalkoverClient talkover = offline.talkoverClient().build()) {
        if (rest.size() == 2) {
          check(talkover, rest.get(0), rest.get(1), out);
        } else {
          ScenarioCall busy = offline.scenario().activeCalls(Vendor.TALKOVER).get(0);
          check(talkover, busy.agentId(), busy.phone(), out);
          check(talkover, busy.agentId(), "+44 20 7946 0958", out);
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      out.println("Bad input: " + e.getMessage());
      return 2;
    } catch (ActiveCallsException | IllegalStateException e) {
      out.println("Failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Prints whether the agent may dial the number.
   *
   * @param talkover the client
   * @param agentId the Talkover agent
   * @param phone the number to dial, E.164 with any usual formatting
   * @param out where to print
   * @throws IllegalArgumentException if the phone number is not E.164
   */
  static void check(TalkoverClient talkover, String agentId, String phone, PrintStream out) {
    Optional<ActiveCall> current = talkover.activeCalls().findByPhone(agentId, phone);
    if (current.isPresent()) {
      ActiveCall call = current.get();
      out.println(phone + ": agent " + agentId + " is already on call " + call.id() + " ("
          + call.status().raw() + " since " + call.startedAt() + ") - do not dial");
    } else {
      out.println(phone + ": no active call with agent " + agentId + " - safe to dial");
    }
  }
}
