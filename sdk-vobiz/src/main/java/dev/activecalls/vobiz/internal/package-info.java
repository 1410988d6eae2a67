/**
 * Internal: the Vobiz live-call implementation, its streaming decoders and error parser, and the
 * callback signature arithmetic and replay cache. Not for users;
 * anything here may change in any release without notice.
 */
@NullMarked
package dev.activecalls.vobiz.internal;

import org.jspecify.annotations.NullMarked;
