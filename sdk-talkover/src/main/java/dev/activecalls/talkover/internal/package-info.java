/**
 * Internal: the implementation of the Talkover client (streaming decoders, error parsing). Not
 * for users; it may change in any release without notice.
 */
@NullMarked
package dev.activecalls.talkover.internal;

import org.jspecify.annotations.NullMarked;
