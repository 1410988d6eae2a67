package dev.activecalls.examples;

import dev.activecalls.core.Sleeper;
import dev.activecalls.core.errors.ApiException;
import dev.activecalls.talkover.TalkoverClient;
import dev.activecalls.testkit.Fault;
import dev.activecalls.testkit.ScenarioCall;
import dev.activecalls.testkit.Vendor;
import dev.activecalls.trillet.ActiveCallDetails;
import dev.activecalls.trillet.ActiveCallList;
import dev.activecalls.trillet.TranscriptEntry;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The offline demo: starts fake Trillet, Vobiz and Talkover servers on loopback with a seeded
 * scenario of live calls, then uses the real SDK clients against them: lists Trillet calls, opens
 * one with its transcript, checks Vobiz live calls, asks Talkover whether an agent may dial, acts
 * as a supervisor (ends a Trillet call, hangs up a Vobiz call), shows a retry after an injected
 * 503, and a typed error. No account, no network.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo, or with {@code --watch} the live view ({@link WatchLiveCalls}), or with {@code
   * --wallboard} the live view on a web page ({@link Wallboard}), and exits non-zero if it failed.
   *
   * @param args {@code --watch} for the live view; {@code --wallboard} and its options for the web
   *     page; nothing for the demo
   */
  public static void main(String[] args) {
    List<String> options = List.of(args);
    int code = options.contains("--wallboard") ? Wallboard.run(args, System.out, System::getenv)
        : options.contains("--watch") ? WatchLiveCalls.run(System.out) : run(System.out, Sleeper.system());
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the demo.
   *
   * @param out where to print
   * @param sleeper how the clients wait before a retry ({@link Sleeper#system()} for real)
   * @return 0 when every step worked as shown
   */
  public static int run(PrintStream out, Sleeper sleeper) {
    out.println("activecalls-java demo: Trillet, Vobiz and Talkover fakes on loopback, seeded scenario");
    try (OfflineVendors offline = OfflineVendors.start(sleeper);
        TrilletClient trillet = offline.trilletClient().build();
        VobizClient vobiz = offline.vobizClient().build();
        TalkoverClient talkover = offline.talkoverClient().build()) {

      heading(out, "Trillet: live calls in the workspace");
      ListActiveCalls.print(trillet, out);

      ScenarioCall room = offline.scenario().activeCalls(Vendor.TRILLET).get(0);
      heading(out, "Trillet: live transcript of " + room.roomName());
      ActiveCallDetails details = trillet.activeCalls().get(room.roomName());
      out.println("agent " + details.aiAgentName() + ", customer "
          + (details.customerPhone() != null ? details.customerPhone() : "(web)")
          + ", sentiment " + (details.sentiment() == null ? "-" : details.sentiment().raw()));
      for (TranscriptEntry line : details.transcript()) {
        out.println("  " + line.role().raw() + ": " + line.content());
      }

      heading(out, "Vobiz: live calls on the account");
      LiveCallStatus.print(vobiz, List.of(), offline.scenario().now(), out);

      heading(out, "Talkover: may the agent dial?");
      ScenarioCall busy = offline.scenario().activeCalls(Vendor.TALKOVER).get(0);
      DedupBeforeDial.check(talkover, busy.agentId(), busy.phone(), out);
      DedupBeforeDial.check(talkover, busy.agentId(), "+44 20 7946 0958", out);

      heading(out, "Supervisor: end the Trillet call " + room.roomName());
      SupervisorActions.endTrilletCall(trillet, room.roomName(), out);
      String vobizCall = offline.scenario().activeCalls(Vendor.VOBIZ).get(0).callId();
      heading(out, "Supervisor: hang up the Vobiz call " + vobizCall);
      SupervisorActions.hangUpVobizCall(vobiz, vobizCall, out);

      heading(out, "Retry: Trillet answers 503 once, the SDK waits and asks again");
      offline.trillet().enqueue(Fault.status(503));
      try (TrilletClient traced = offline.trilletClient().addInterceptor(attemptPrinter(out)).build()) {
        ActiveCallList calls = traced.activeCalls().list();
        out.println("  -> " + calls.count() + " live call(s), no error for the caller");
      }

      heading(out, "Typed error: opening the call the supervisor ended");
      try {
        trillet.activeCalls().get(room.roomName());
        out.println("unexpected: the ended call was found");
        return 1;
      } catch (ApiException e) {
        out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        out.println("  status " + e.statusCode() + ", request id " + e.requestId()
            + "; find() would have returned Optional.empty()");
      }
    }
    out.println();
    out.println("Done: every endpoint answered through the real SDK clients.");
    return 0;
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  /** Prints each HTTP attempt, to make the retry visible. */
  private static Interceptor attemptPrinter(PrintStream out) {
    return chain -> {
      Response response = chain.proceed(chain.request());
      out.println("  attempt: " + chain.request().method() + " " + chain.request().url().encodedPath()
          + " -> HTTP " + response.code());
      return response;
    };
  }
}
