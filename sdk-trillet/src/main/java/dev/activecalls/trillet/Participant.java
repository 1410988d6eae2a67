package dev.activecalls.trillet;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone in a call's LiveKit room: the AI agent or the customer.
 *
 * @param identity the participant's LiveKit identity, like {@code agent-001}
 * @param isAgent true for the AI agent, false for the customer (or any other human)
 * @param joinedAt when the participant joined the room
 * @param metadata the participant's metadata as JSON values ({@code String}, {@code Double},
 *     {@code Boolean}, nested {@code Map} and {@code List}, or null); empty when Trillet sent
 *     none. Only the call-details endpoint sends it. Unmodifiable, nested values too.
 */
public record Participant(
    String identity, boolean isAgent, Instant joinedAt, Map<String, @Nullable Object> metadata) {

  /** Checks the parts and makes {@code metadata} an unmodifiable copy (null becomes empty). */
  public Participant {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(joinedAt, "joinedAt");
    metadata = JsonValues.copyObject(metadata);
  }
}
