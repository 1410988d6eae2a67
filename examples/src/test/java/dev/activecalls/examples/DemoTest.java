package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void printsEveryVendorSupervisorActionsARetryAndATypedErrorAndSucceeds() {
    Output out = new Output();
    RecordingSleeper sleeper = new RecordingSleeper();

    int code = Demo.run(out.stream, sleeper);

    String text = out.text();
    assertThat(code).isZero();
    assertThat(text).contains(
        "== Trillet: live calls in the workspace ==",
        "ROOM                       AGENT                   CUSTOMER    TYPE   TIME  SENTIMENT  LAST MESSAGE",
        "call-_+12125556959_fmj5ei  Customer Support Agent  Kenji Sato  phone  3:52  neutral",
        "2 live call(s) at 2026-11-21T09:01:30Z",
        "== Trillet: live transcript of call-_+12125556959_fmj5ei ==",
        "  agent: Hello! How can I help you today?",
        "== Vobiz: live calls on the account ==",
        "4 call(s) live on the account",
        "68b85ff2-6a55-4c6c-bb0e-cdaf5a477d0f  in-progress  outbound   +14156667777  +14155556097  2026-11-21T08:56:42Z  4:48",
        "== Talkover: may the agent dial? ==",
        "+13125552833: agent 5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b is already on call c0f529d7-c4db-4fe9-9248-e0ad7c1091e4 (answered since 2026-11-21T08:59:38Z) - do not dial",
        "+44 20 7946 0958: no active call with agent 5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b - safe to dial",
        "== Supervisor: end the Trillet call call-_+12125556959_fmj5ei ==\n"
            + "before: 2 live [call-_+12125556959_fmj5ei, call-_+12125550869_OGEkOp]\n"
            + "ended call-_+12125556959_fmj5ei at 2026-11-21T09:01:30Z (Call ended successfully)\n"
            + "after:  1 live [call-_+12125550869_OGEkOp]",
        "== Supervisor: hang up the Vobiz call 68b85ff2-6a55-4c6c-bb0e-cdaf5a477d0f ==\n"
            + "before: 4 live [68b85ff2-6a55-4c6c-bb0e-cdaf5a477d0f, d0bc1a0d-d858-47c2-a7a9-8937df22c75e, "
            + "9f4dd365-a70a-40e6-b663-c88386aa7070, 7c1f7e95-a4f1-4de7-a0ac-6db80e3debb1]\n"
            + "hung up 68b85ff2-6a55-4c6c-bb0e-cdaf5a477d0f (204)\n"
            + "after:  3 live [d0bc1a0d-d858-47c2-a7a9-8937df22c75e, 9f4dd365-a70a-40e6-b663-c88386aa7070, "
            + "7c1f7e95-a4f1-4de7-a0ac-6db80e3debb1]",
        "  attempt: GET /v2/api/active-calls -> HTTP 503\n  attempt: GET /v2/api/active-calls -> HTTP 200\n"
            + "  -> 1 live call(s), no error for the caller",
        "NotFoundException: HTTP 404 from GET /v2/api/active-calls/call-_%2B1212***6959_fmj5ei: "
            + "Active call not found (request id: fake-req-",
        "Done: every endpoint answered through the real SDK clients.");
    assertThat(sleeper.waits()).as("exactly one retry wait, for the injected 503").singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
  }

  @Test
  void theSameSeedPrintsTheSameDemo() {
    Output first = new Output();
    Output second = new Output();

    Demo.run(first.stream, new RecordingSleeper());
    Demo.run(second.stream, new RecordingSleeper());

    assertThat(second.text()).isEqualTo(first.text());
  }

  @Test
  void watchPrintsEachEventOnceAndNoFalseEndWhileTrilletFails() {
    Output out = new Output();

    int code = WatchLiveCalls.run(out.stream);

    List<String> lines = out.text().lines().toList();
    assertThat(code).isZero();
    assertThat(lines).contains(
        "09:01:30  started  trillet call-_+12125556959_fmj5ei active from +12125556959",
        "9 calls live at the start",
        "09:02:00  changed  talkover 0b4ce8c1-ca29-4f8e-83be-ce14b7c1e8a0 ringing -> answered [STATE]",
        "09:02:05  ended    vobiz d0bc1a0d-d858-47c2-a7a9-8937df22c75e after 4:11",
        "09:02:45  RECOVERED trillet after 3 failed polls",
        "09:02:45  ended    trillet call-_+12125550869_OGEkOp after 1:28",
        "12 calls live at the end; trillet 3 (healthy) vobiz 6 (healthy) talkover 3 (healthy)");
    int failing = indexOfStart(lines, "09:02:30  FAILING  trillet: InternalServerException: HTTP 503");
    int recovered = lines.indexOf("09:02:45  RECOVERED trillet after 3 failed polls");
    assertThat(failing).isPositive().isLessThan(recovered);
    assertThat(lines.subList(failing, recovered)).noneMatch(line -> line.contains("ended    trillet"));
    Set<String> events = new HashSet<>();
    assertThat(lines).filteredOn(line -> line.contains("  started  ") || line.contains("  ended  "))
        .allSatisfy(line -> assertThat(events.add(line.substring(10))).as("once: %s", line).isTrue());
  }

  private static int indexOfStart(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    return -1;
  }
}
