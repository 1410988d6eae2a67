/**
 * Internal: the HTTP engine the fakes share (server, dispatcher, fault queue, request recording,
 * JSON writing, thread-safe call storage). Not for users; it may change in any release without
 * notice. Use the types in {@code dev.activecalls.testkit} instead.
 */
@NullMarked
package dev.activecalls.testkit.internal;

import org.jspecify.annotations.NullMarked;
