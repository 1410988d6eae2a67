/**
 * Runnable programs to copy from. Each runs offline against the {@code sdk-testkit} fakes by
 * default, and against the real vendor with {@code --live} and the vendor's environment variables.
 *
 * <ul>
 *   <li>{@link dev.activecalls.examples.Demo}: every endpoint of the three vendors, a retry and a
 *       typed error, in one run (the runnable jar's main class).
 *   <li>{@link dev.activecalls.examples.ListActiveCalls}: a Trillet wallboard.
 *   <li>{@link dev.activecalls.examples.LiveCallStatus}: Vobiz live state of every live call.
 *   <li>{@link dev.activecalls.examples.DedupBeforeDial}: Talkover "is this agent already on a call
 *       with this number?".
 *   <li>{@link dev.activecalls.examples.Wallboard}: the live view of every vendor on a web page
 *       ({@link dev.activecalls.examples.WallboardServer}), the jar's {@code --wallboard}.
 * </ul>
 */
@NullMarked
package dev.activecalls.examples;

import org.jspecify.annotations.NullMarked;
