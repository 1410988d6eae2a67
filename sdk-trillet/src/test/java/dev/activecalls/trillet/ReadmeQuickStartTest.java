package dev.activecalls.trillet;

import static dev.activecalls.trillet.Fixtures.fixture;
import static dev.activecalls.trillet.Fixtures.json;
import static dev.activecalls.trillet.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.core.testsupport.RecordingSleeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Runs the README's Trillet quick start, and checks the README holds exactly this code. */
class ReadmeQuickStartTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/trillet/ReadmeQuickStartTest.java";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "trillet-quick-start");
    ReadmeSnippets.assertInReadme(SOURCE, "trillet-quick-start-calls");
  }

  @Test
  void clientIsBuiltForTheRealApiWithoutSendingAnything() {
    // README:trillet-quick-start:start
    TrilletClient trillet = TrilletClient.builder()
        .apiKey("YOUR_API_KEY")             // or TrilletClient.fromEnv()
        .workspaceId("YOUR_WORKSPACE_ID")
        .build();
    // README:trillet-quick-start:end
    try (trillet) {
      assertThat(trillet.toString()).isEqualTo("TrilletClient{baseUrl=https://api.trillet.ai/}");
    }
  }

  @Test
  void quickStartRunsAgainstAFakeTrillet() throws Exception {
    server.enqueue(ok(fixture("list-seed.json")));
    server.enqueue(ok(fixture("details-seed.json")));
    server.enqueue(json(404, "{\"message\":\"Active call not found\"}"));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;

    try (TrilletClient trillet = Fixtures.client(server, new RecordingSleeper())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      quickStart(trillet);
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "1 live call(s) at 2024-06-01T10:02:25Z",
        "call-abc123  phone  Customer Support Agent  145 s  sentiment=positive",
        "agent: Hello! How can I help you today?",
        "customer: I need help with my account.",
        "call-ended has ended");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v2/api/active-calls");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v2/api/active-calls/call-abc123");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v2/api/active-calls/call-ended");
  }

  private static void quickStart(TrilletClient trillet) {
    // README:trillet-quick-start-calls:start
    // Wallboard: every live call in the workspace (one request, no pagination).
    ActiveCallList calls = trillet.activeCalls().list();
    System.out.println(calls.count() + " live call(s) at " + calls.timestamp());
    for (ActiveCall call : calls) {
      String sentiment = call.sentiment() == null ? "-" : call.sentiment().raw();
      System.out.printf("%s  %s  %s  %d s  sentiment=%s%n", call.roomName(), call.type().raw(),
          call.aiAgentName(), call.duration().toSeconds(), sentiment);
    }

    // Supervisor view: one call's live transcript. find() is empty once the call has ended.
    trillet.activeCalls().find("call-abc123").ifPresent(details -> {
      for (TranscriptEntry line : details.transcript()) {
        System.out.println(line.role().raw() + ": " + line.content());
      }
    });
    if (trillet.activeCalls().find("call-ended").isEmpty()) {
      System.out.println("call-ended has ended");
    }
    // README:trillet-quick-start-calls:end
  }
}
