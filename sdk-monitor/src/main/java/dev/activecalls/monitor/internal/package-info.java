/** The monitor's inner workings; not an API, may change in any release. */
@NullMarked
package dev.activecalls.monitor.internal;

import org.jspecify.annotations.NullMarked;
