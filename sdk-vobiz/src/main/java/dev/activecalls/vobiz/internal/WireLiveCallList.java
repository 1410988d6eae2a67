package dev.activecalls.vobiz.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET .../Call/?status=live}: {@code {api_id, calls:[uuid, ...]}}. Public only
 * because Moshi needs it.
 *
 * @param api_id the request's id
 * @param calls the live calls' UUIDs; null when Vobiz leaves the field out
 */
public record WireLiveCallList(@Nullable String api_id, @Nullable List<@Nullable String> calls) {}
