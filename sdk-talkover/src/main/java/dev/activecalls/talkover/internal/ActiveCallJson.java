package dev.activecalls.talkover.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import dev.activecalls.core.OpenEnum;
import dev.activecalls.talkover.ActiveCall;
import dev.activecalls.talkover.CallStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One element of {@code data} as Talkover sends it, every field optional. Decoded first so that a
 * missing required field is reported with its JSON path instead of failing inside {@link
 * ActiveCall}'s constructor (Moshi would turn that into an {@link AssertionError}).
 *
 * @param id {@code id}
 * @param agentId {@code agent_id}
 * @param to {@code to}
 * @param status {@code status}
 * @param startedAt {@code started_at}
 * @param duration {@code duration_seconds}
 */
public record ActiveCallJson(
    @Nullable String id,
    @Json(name = "agent_id") @Nullable String agentId,
    @Nullable String to,
    @Nullable OpenEnum<CallStatus> status,
    @Json(name = "started_at") @Nullable Instant startedAt,
    @Json(name = "duration_seconds") @Nullable Duration duration) {

  /** The index passed for a {@code data} that is a single call object rather than an array. */
  static final int SINGLE = -1;

  /**
   * Returns the public model.
   *
   * @param index this call's index in the {@code data} array, or {@link #SINGLE}; it names the call
   *     in the error message
   * @return the call
   * @throws JsonDataException if a required field is missing or null
   */
  ActiveCall toActiveCall(int index) {
    return new ActiveCall(
        required(id, "id", index),
        required(agentId, "agent_id", index),
        required(to, "to", index),
        required(status, "status", index),
        required(startedAt, "started_at", index),
        duration);
  }

  /**
   * Returns the JSON path of the call at {@code index}, as Moshi's {@code getPath()} renders it for
   * the envelope at the root of the body (which is what a response decoder is given): built only
   * for an error, so that a successful call costs no string.
   *
   * @param index the call's index in the {@code data} array, or {@link #SINGLE}
   * @return {@code $.data[index]}, or {@code $.data}
   */
  static String path(int index) {
    return index == SINGLE ? "$.data" : "$.data[" + index + "]";
  }

  private static <T> T required(@Nullable T value, String jsonName, int index) {
    if (value == null) {
      throw new JsonDataException(
          "Required value '" + jsonName + "' missing or null at " + path(index));
    }
    return value;
  }
}
