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

  /**
   * Returns the public model.
   *
   * @param path the JSON path of this object, for the error message
   * @return the call
   * @throws JsonDataException if a required field is missing or null
   */
  ActiveCall toActiveCall(String path) {
    return new ActiveCall(
        required(id, "id", path),
        required(agentId, "agent_id", path),
        required(to, "to", path),
        required(status, "status", path),
        required(startedAt, "started_at", path),
        duration);
  }

  private static <T> T required(@Nullable T value, String jsonName, String path) {
    if (value == null) {
      throw new JsonDataException("Required value '" + jsonName + "' missing or null at " + path);
    }
    return value;
  }
}
