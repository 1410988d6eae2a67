package dev.activecalls.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Checks the per-thread copy of a body's start: bounded, not consuming, and never stale. */
class BodyStartTest {

  @Test
  void copiesAtMostTheLimitWithoutConsumingTheBody() throws IOException {
    Buffer body = new Buffer().writeUtf8("{\"calls\":[1,2,3]}");

    BodyStart start = BodyStart.of(body, 9);

    assertThat(new String(start.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"calls\":");
    assertThat(body.readUtf8()).isEqualTo("{\"calls\":[1,2,3]}");
  }

  @Test
  void aShortBodyAfterALongOneOnTheSameThreadKeepsOnlyItsOwnBytes() throws IOException {
    BodyStart.of(new Buffer().writeUtf8("x".repeat(20_000)), 64 * 1024);

    BodyStart start = BodyStart.of(new Buffer().writeUtf8("{oops"), 64 * 1024);

    assertThat(start.toByteArray()).isEqualTo("{oops".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStartSpanningSegmentsIsCopiedWhole() throws IOException {
    String text = "0123456789".repeat(3_000); // four 8 KiB segments
    BodyStart start = BodyStart.of(new Buffer().writeUtf8(text), 64 * 1024);

    assertThat(new String(start.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
