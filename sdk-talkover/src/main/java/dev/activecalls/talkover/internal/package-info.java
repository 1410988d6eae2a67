/**
 * Internal: the implementation of the Talkover client (wire shapes, decoding, error parsing). Not
 * for users; it may change in any release without notice.
 */
@NullMarked
package dev.activecalls.talkover.internal;

import org.jspecify.annotations.NullMarked;
