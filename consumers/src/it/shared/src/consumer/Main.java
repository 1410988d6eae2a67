package consumer;

import dev.activecalls.testkit.FakeTrillet;
import dev.activecalls.trillet.TrilletClient;

/**
 * What a user's program does first: builds a client, starts a fake Trillet, lists its calls (with
 * {@code -Dconsumer.fakeFirst=true}, the fake starts before any client is built). Prints
 * "call: ..." or, when the SDK refuses the class path, "guard: <message>", and exits 1 unless the
 * output starts with the expected text given as the arguments.
 */
public final class Main {
  private static final String KEY = "consumer-key-0123456789";
  private static final String WORKSPACE = "ws-consumer";

  public static void main(String[] args) {
    String expected = String.join(" ", args);
    String outcome;
    try {
      outcome = Boolean.getBoolean("consumer.fakeFirst") ? fakeFirst() : clientFirst();
    } catch (IllegalStateException e) {
      outcome = "guard: " + e.getMessage();
    }
    System.out.println(outcome);
    if (!outcome.startsWith(expected)) {
      System.out.println("expected: " + expected);
      System.exit(1);
    }
  }

  private static String clientFirst() {
    try (TrilletClient probe = TrilletClient.builder()
        .apiKey(KEY).workspaceId(WORKSPACE).baseUrl("http://127.0.0.1:9").build();
        FakeTrillet fake = FakeTrillet.start(KEY, WORKSPACE)) {
      return listOn(fake, probe);
    }
  }

  private static String fakeFirst() {
    try (FakeTrillet fake = FakeTrillet.start(KEY, WORKSPACE);
        TrilletClient probe = TrilletClient.builder()
            .apiKey(KEY).workspaceId(WORKSPACE).baseUrl("http://127.0.0.1:9").build()) {
      return listOn(fake, probe);
    }
  }

  private static String listOn(FakeTrillet fake, TrilletClient probe) {
    fake.addCall(c -> c.roomName("call-consumer"));
    try (TrilletClient trillet = probe.withOptions(b -> b.baseUrl(fake.baseUrl()))) {
      return "call: " + trillet.activeCalls().list().data().get(0).roomName();
    }
  }
}
