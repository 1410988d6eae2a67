/**
 * The live view's service provider interface: a {@link dev.activecalls.core.live.CallSource} is
 * one vendor account that answers "which calls are live now" as normalized {@link
 * dev.activecalls.core.live.CallView}s. Each vendor client makes one with {@code callSource()};
 * the {@code sdk-monitor} module polls them and reports the changes.
 */
@NullMarked
package dev.activecalls.core.live;

import org.jspecify.annotations.NullMarked;
