/**
 * Typed client for Talkover's (AI phone agents) active-call API: is this agent on a call with this
 * phone number right now, and which call is it?
 *
 * <pre>{@code
 * try (TalkoverClient talkover = TalkoverClient.fromEnv()) {       // TALKOVER_API_TOKEN
 *   Optional<ActiveCall> call = talkover.activeCalls().findByPhone(agentId, "+1 (555) 123-4567");
 *   if (call.isPresent()) {
 *     // already talking to this number: do not dial again
 *   }
 * }
 * }</pre>
 *
 * <p>Start at {@link dev.activecalls.talkover.TalkoverClient}; the calls are in {@link
 * dev.activecalls.talkover.ActiveCallsService}. Errors are the unchecked exceptions of {@code
 * dev.activecalls.core.errors}.
 */
@NullMarked
package dev.activecalls.talkover;

import org.jspecify.annotations.NullMarked;
