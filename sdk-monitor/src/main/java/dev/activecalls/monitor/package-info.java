/**
 * One live view of every call across vendor accounts: {@link
 * dev.activecalls.monitor.LiveCallMonitor} polls each {@link dev.activecalls.core.live.CallSource}
 * within its request budget, keeps the calls live now, and reports each change as a {@link
 * dev.activecalls.monitor.CallEvent}.
 */
@NullMarked
package dev.activecalls.monitor;

import org.jspecify.annotations.NullMarked;
