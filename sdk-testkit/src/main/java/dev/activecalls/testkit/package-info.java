/**
 * Fake Trillet, Vobiz and Talkover servers on loopback, for testing code that calls those APIs
 * without an account or a network, and for the offline demo.
 *
 * <p>Each fake ({@link dev.activecalls.testkit.FakeTrillet}, {@link
 * dev.activecalls.testkit.FakeVobiz}, {@link dev.activecalls.testkit.FakeTalkover}) is a real
 * HTTP server speaking its vendor's JSON, paths, auth headers and error bodies, serving calls
 * the test adds, changes and ends. All share {@link dev.activecalls.testkit.FakeServer}: a
 * {@code baseUrl()} for the client builder, the live calls ({@code addCall}, {@code
 * updateCall}, {@code endCall}, {@code calls()}, ...), {@link dev.activecalls.testkit.Fault}s
 * on demand (429 with {@code Retry-After}, 503, delays, dropped connections, malformed JSON)
 * and the {@link dev.activecalls.testkit.ReceivedRequest}s for assertions. A {@link
 * dev.activecalls.testkit.CallScenario} places and ends calls over simulated time.
 *
 * <pre>{@code
 * try (FakeTrillet trillet = FakeTrillet.start()) {
 *   trillet.addCall(c -> c.roomName("call-abc123").sentiment("positive"));
 *   trillet.enqueue(Fault.rateLimit(Duration.ofSeconds(1)));
 *   // point your client at trillet.baseUrl() with trillet.apiKey() / trillet.workspaceId()
 *   assertThat(trillet.requests()).extracting(ReceivedRequest::status).containsExactly(429, 200);
 * }
 * }</pre>
 */
@NullMarked
package dev.activecalls.testkit;

import org.jspecify.annotations.NullMarked;
