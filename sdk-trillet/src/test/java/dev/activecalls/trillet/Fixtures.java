package dev.activecalls.trillet;

import dev.activecalls.core.testsupport.RecordingSleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared test helpers: fixture files, JSON responses, a client pointed at a MockWebServer. */
final class Fixtures {
  static final String API_KEY = "tr-key-5ecret";
  static final String WORKSPACE_ID = "ws-0042";

  private Fixtures() {}

  /** Returns {@code src/test/resources/fixtures/<name>} as text. */
  static String fixture(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a JSON response. */
  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Returns a 200 JSON response. */
  static MockResponse ok(String body) {
    return json(200, body);
  }

  /** Returns a client for {@code server} that records retry waits in {@code sleeper}. */
  static TrilletClient client(MockWebServer server, RecordingSleeper sleeper) {
    return builder(server, sleeper).build();
  }

  /** Returns a builder for {@code server} with test credentials and {@code sleeper}. */
  static TrilletClient.Builder builder(MockWebServer server, RecordingSleeper sleeper) {
    return TrilletClient.builder()
        .apiKey(API_KEY)
        .workspaceId(WORKSPACE_ID)
        .baseUrl(server.url("/").toString())
        .sleeper(sleeper);
  }
}
