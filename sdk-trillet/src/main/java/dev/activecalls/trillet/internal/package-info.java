/**
 * Internal: the Trillet endpoint descriptions, streaming decoders and error-body parsing behind
 * {@link dev.activecalls.trillet.TrilletClient}. Not for users; it may change in any release
 * without notice.
 */
@NullMarked
package dev.activecalls.trillet.internal;

import org.jspecify.annotations.NullMarked;
