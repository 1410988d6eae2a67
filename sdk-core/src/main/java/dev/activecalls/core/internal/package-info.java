/**
 * Internal: the HTTP pipeline, JSON readers and helpers the vendor modules are built on. Not for
 * users; it may change in any release without notice.
 */
@NullMarked
package dev.activecalls.core.internal;

import org.jspecify.annotations.NullMarked;
