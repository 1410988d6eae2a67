package dev.activecalls.talkover;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The agent a listed {@link Call} belongs to, as {@code GET /api/v1/calls} names it.
 *
 * @param id the agent's id, as {@link CallListRequest.Builder#agentId} takes it
 * @param name the agent's name, or null when Talkover sent none
 * @param label the agent's label, or null when Talkover sent none
 */
public record CallAgent(String id, @Nullable String name, @Nullable String label) {

  /**
   * Checks that the id is present.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public CallAgent {
    Objects.requireNonNull(id, "id");
  }
}
