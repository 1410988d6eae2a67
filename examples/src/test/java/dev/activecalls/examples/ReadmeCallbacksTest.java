package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.core.testsupport.ReadmeSnippets;
import dev.activecalls.testkit.CallbackSignature;
import dev.activecalls.testkit.FakeVobiz;
import dev.activecalls.vobiz.CallbackForm;
import dev.activecalls.vobiz.CallbackVerification;
import dev.activecalls.vobiz.CallbackVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Receiving Vobiz callbacks" code: a JDK HttpServer endpoint that checks
 * callbacks with {@link CallbackVerifier}, fed signed and forged callbacks by {@link FakeVobiz}
 * over loopback; and checks that the README holds exactly this code.
 */
class ReadmeCallbacksTest {
  private static final String SOURCE =
      "src/test/java/dev/activecalls/examples/ReadmeCallbacksTest.java";

  private final Output output = new Output();
  private final FakeVobiz vobiz = FakeVobiz.start();

  @AfterEach
  void tearDown() {
    vobiz.close();
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "callbacks");
  }

  @Test
  void theEndpointTakesTheSignedCallbackAndRefusesTheForgedOne() throws IOException {
    receive(vobiz.authToken(), vobiz, output.stream);

    assertThat(output.text().lines()).containsExactly(
        "Hangup 97ceeb52-58b6-11e1-86da-77300b68f8bb: completed",
        "200",
        "rejected: SIGNATURE_MISMATCH",
        "403");
  }

  @Test
  void anUnsignedCallbackAndOneForAnotherUrlAreRefusedToo() throws IOException {
    CallbackVerifier verifier = CallbackVerifier.builder().authToken(vobiz.authToken()).build();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", exchange -> {
      // As if a proxy had forwarded https://example.com/... here: the URL the verifier is given
      // is not the one that was signed.
      String url = (exchange.getRequestURI().getPath().startsWith("/proxied") ? "https://example.com" : base)
          + exchange.getRequestURI();
      CallbackVerification check = verifier.verify(url, exchange.getRequestHeaders());
      output.stream.println(check);
      exchange.sendResponseHeaders(check.isValid() ? 200 : 403, -1);
      exchange.close();
    });
    server.start();
    try {
      assertThat(vobiz.sendCallback(base + "/events?CallUUID=x", Map.of("Event", "Ring"))).isEqualTo(200);
      assertThat(vobiz.sendCallback(base + "/events", Map.of(), CallbackSignature.NONE)).isEqualTo(403);
      assertThat(vobiz.sendCallback(base + "/proxied/events", Map.of())).isEqualTo(403);
    } finally {
      server.stop(0);
    }

    assertThat(output.text().lines()).hasSize(3).satisfies(lines -> {
      assertThat(lines.get(0)).isEqualTo("Valid[version=V3, parentAccount=false]");
      assertThat(lines.get(1)).startsWith("Invalid[reason=MISSING_SIGNATURE");
      assertThat(lines.get(2)).startsWith("Invalid[reason=SIGNATURE_MISMATCH")
          .contains("https://example.com/proxied/events");
    });
  }

  private static void receive(String authToken, FakeVobiz vobiz, PrintStream out) throws IOException {
    // README:callbacks:start
    // Your endpoint: check that Vobiz sent the callback, then read it.
    CallbackVerifier verifier = CallbackVerifier.builder().authToken(authToken).build();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String publicBase = "http://127.0.0.1:" + server.getAddress().getPort(); // yours: https://example.com
    server.createContext("/vobiz/events", exchange -> {
      String url = publicBase + exchange.getRequestURI();      // the URL Vobiz called
      CallbackVerification check = verifier.verify(url, exchange.getRequestHeaders());
      if (check instanceof CallbackVerification.Invalid invalid) {
        out.println("rejected: " + invalid.reason());             // invalid.detail() says more
        exchange.sendResponseHeaders(403, -1);
      } else {
        byte[] body = exchange.getRequestBody().readNBytes(CallbackForm.MAX_BODY_BYTES + 1);
        CallbackForm form = CallbackForm.parse(body, StandardCharsets.UTF_8);
        out.println(form.event().orElse("?") + " " + form.callUuid().orElse("?") + ": "
            + form.callStatus().map(OpenEnum::raw).orElse("?"));
        exchange.sendResponseHeaders(200, -1);
      }
      exchange.close();
    });
    server.start();

    // Your test: FakeVobiz posts callbacks signed with its auth token, or forged ones.
    Map<String, String> hangup = Map.of("Event", "Hangup",
        "CallUUID", "97ceeb52-58b6-11e1-86da-77300b68f8bb", "CallStatus", "completed");
    out.println(vobiz.sendCallback(publicBase + "/vobiz/events", hangup));                        // 200
    out.println(vobiz.sendCallback(publicBase + "/vobiz/events", hangup, CallbackSignature.BAD)); // 403
    server.stop(0);
    // README:callbacks:end
  }
}
