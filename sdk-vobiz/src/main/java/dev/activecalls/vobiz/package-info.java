/**
 * Typed client for the Vobiz live-call API: the live status of one call and the UUIDs of every
 * call live on the account; the same for queued calls; hanging a call up and transferring it.
 *
 * <pre>{@code
 * try (VobizClient vobiz = VobizClient.builder().authId("MA_XXXXXX").authToken(token).build()) {
 *   Optional<LiveCall> call = vobiz.liveCalls().find(callUuid); // empty once the call has ended
 *   LiveCallList live = vobiz.liveCalls().list();
 *   LiveCallList queued = vobiz.queuedCalls().list();
 *   vobiz.liveCalls().hangup(callUuid);
 * }
 * }</pre>
 *
 * <p>Both response shapes Vobiz sends for a live call (the legacy {@code {api_id, calls:[...]}} and
 * the current flat one) decode to one {@link dev.activecalls.vobiz.LiveCall}.
 *
 * <p>For the callbacks Vobiz posts to your server, {@link dev.activecalls.vobiz.CallbackVerifier}
 * checks their signature and {@link dev.activecalls.vobiz.CallbackForm} reads their fields.
 */
@NullMarked
package dev.activecalls.vobiz;

import org.jspecify.annotations.NullMarked;
