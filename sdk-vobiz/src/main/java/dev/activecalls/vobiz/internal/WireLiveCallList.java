package dev.activecalls.vobiz.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET .../Call/?status=live}: {@code {api_id, calls:[uuid, ...]}}, plus the fields
 * of an error body. Component names are the JSON names. Public only because Moshi
 * needs it.
 *
 * @param api_id the request's id
 * @param status set only in an error body, to {@code "error"}; read as any JSON value (a String,
 *     Double, Boolean, Map or List), and any value but {@code "error"} marks no error
 * @param error set only in an error body: the error text, or an object with {@code code}, {@code
 *     message} and {@code details}; read as any JSON value, and null, blank text, a number or a
 *     boolean marks no error
 * @param message an error body's message when {@code error} is not an object; read as any JSON
 *     value, and only for an error body
 * @param requestId an error body's request id; read as any JSON value, and only for an error body
 * @param calls the live calls' UUIDs; null when Vobiz leaves the field out
 */
public record WireLiveCallList(
    @Nullable String api_id,
    @Nullable Object status,
    @Nullable Object error,
    @Nullable Object message,
    @Nullable Object requestId,
    @Nullable List<@Nullable String> calls) implements ErrorMarkers {}
