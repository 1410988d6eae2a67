package dev.activecalls.examples;

import dev.activecalls.trillet.ActiveCall;
import dev.activecalls.trillet.EndedCall;
import dev.activecalls.trillet.TrilletClient;
import dev.activecalls.vobiz.HungUpCall;
import dev.activecalls.vobiz.VobizClient;
import java.io.PrintStream;
import java.util.List;

/**
 * A supervisor acting on live calls, as the demo shows it: ending a stuck Trillet call and hanging
 * up a Vobiz call, with the live list before and after each. Offline only: ending real calls is
 * not something a demo should do to an account.
 */
final class SupervisorActions {
  private SupervisorActions() {}

  /**
   * Ends a Trillet call and prints the workspace's live rooms before and after.
   *
   * @param trillet the client
   * @param roomName the call to end
   * @param out where to print
   */
  static void endTrilletCall(TrilletClient trillet, String roomName, PrintStream out) {
    out.println("before: " + rooms(trillet));
    EndedCall ended = trillet.activeCalls().end(roomName);
    out.println("ended " + ended.roomName() + " at " + ended.endTime() + " (" + ended.message() + ")");
    out.println("after:  " + rooms(trillet));
  }

  /**
   * Hangs up a Vobiz call and prints the account's live calls before and after.
   *
   * @param vobiz the client
   * @param callUuid the call to hang up
   * @param out where to print
   */
  static void hangUpVobizCall(VobizClient vobiz, String callUuid, PrintStream out) {
    out.println("before: " + uuids(vobiz));
    HungUpCall hungUp = vobiz.liveCalls().hangup(callUuid);
    out.println("hung up " + hungUp.callUuid() + (hungUp.confirmed() ? " (204)" : " (it was already gone)"));
    out.println("after:  " + uuids(vobiz));
  }

  private static String rooms(TrilletClient trillet) {
    List<String> rooms = trillet.activeCalls().list().data().stream().map(ActiveCall::roomName).toList();
    return rooms.size() + " live " + rooms;
  }

  private static String uuids(VobizClient vobiz) {
    List<String> uuids = vobiz.liveCalls().list().callUuids();
    return uuids.size() + " live " + uuids;
  }
}
