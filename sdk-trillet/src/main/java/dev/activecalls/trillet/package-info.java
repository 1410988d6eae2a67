/**
 * The Trillet client: which AI-agent calls are live in a workspace right now, and the live
 * transcript of one of them.
 *
 * <pre>{@code
 * try (TrilletClient trillet = TrilletClient.fromEnv()) {   // TRILLET_API_KEY, TRILLET_WORKSPACE_ID
 *   for (ActiveCall call : trillet.activeCalls().list()) {
 *     System.out.println(call.roomName() + " " + call.duration().toSeconds() + "s");
 *   }
 *   trillet.activeCalls().find("call-abc123")
 *       .ifPresent(details -> details.transcript().forEach(System.out::println));
 * }
 * }</pre>
 *
 * <p>Start at {@link dev.activecalls.trillet.TrilletClient}; the calls are in {@link
 * dev.activecalls.trillet.ActiveCallsService}. Errors are the unchecked exceptions of {@link
 * dev.activecalls.core.errors}.
 */
@NullMarked
package dev.activecalls.trillet;

import org.jspecify.annotations.NullMarked;
