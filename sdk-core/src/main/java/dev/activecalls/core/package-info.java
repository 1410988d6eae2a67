/**
 * What every activecalls-java client shares: configuration ({@link
 * dev.activecalls.core.ClientBuilder}), credentials, the {@link dev.activecalls.core.RetryPolicy},
 * per-request {@link dev.activecalls.core.RequestOptions}, raw {@link
 * dev.activecalls.core.ApiResponse}s and {@link dev.activecalls.core.OpenEnum} for vendor strings.
 *
 * <p>Vendor clients live in their own modules ({@code dev.activecalls.trillet}, {@code
 * dev.activecalls.vobiz}, {@code dev.activecalls.talkover}); errors are in {@link
 * dev.activecalls.core.errors}.
 */
@NullMarked
package dev.activecalls.core;

import org.jspecify.annotations.NullMarked;
