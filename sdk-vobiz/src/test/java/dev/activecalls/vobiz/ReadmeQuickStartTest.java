package dev.activecalls.vobiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.ReadmeSnippets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's Vobiz quick start. The README's java block is the region tagged {@code
 * vobiz-quick-start} (building the client as a user would) followed directly by the region tagged
 * {@code vobiz-quick-start-usage}.
 */
class ReadmeQuickStartTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/vobiz/ReadmeQuickStartTest.java";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void readmeHoldsBothRegions() {
    ReadmeSnippets.assertInReadme(SOURCE, "vobiz-quick-start");
    ReadmeSnippets.assertInReadme(SOURCE, "vobiz-quick-start-usage");
  }

  @Test
  void clientIsBuiltAsTheReadmeShows() {
    // README:vobiz-quick-start:start
    VobizClient vobiz = VobizClient.builder()
        .authId("MA_XXXXXX")                        // or VobizClient.fromEnv()
        .authToken("your-auth-token")
        .timestampZone(ZoneId.of("Asia/Kolkata"))   // your Vobiz console's time zone
        .build();
    // README:vobiz-quick-start:end
    try (vobiz) {
      assertThat(vobiz.toString())
          .isEqualTo("VobizClient{baseUrl=https://api.vobiz.ai/, authId=MA_XXXXXX, timestampZone=Asia/Kolkata}");
    }
    assertThat(server.getRequestCount()).isZero(); // building sends nothing
  }

  @Test
  void usageRunsAsTheReadmeShows() throws Exception {
    server.enqueue(new MockResponse.Builder().body(Fixtures.read("live-call-list.json")).build());
    server.enqueue(new MockResponse.Builder().body(Fixtures.read("current-live-call.json")).build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"api_id\":\"a\",\"error\":\"not found\"}").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try (VobizClient vobiz = VobizClient.builder().authId("MA_XXXXXX").authToken("your-auth-token")
        .timestampZone(ZoneId.of("Asia/Kolkata")).baseUrl(server.url("/").toString()).build()) {
      // README:vobiz-quick-start-usage:start
      LiveCallList live = vobiz.liveCalls().list();
      System.out.println(live.count() + " calls live");
      for (String uuid : live.callUuids()) {
        Optional<LiveCall> call = vobiz.liveCalls().find(uuid); // empty once the call has ended
        call.ifPresent(c -> System.out.println(c.from() + " -> " + c.to() + ": " + c.state()
            + " since " + c.sessionStart()));
      }
      // README:vobiz-quick-start-usage:end
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "2 calls live",
        "918041234567 -> 919876543210: ACTIVE since 2026-06-11T10:33:28.586839Z");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
