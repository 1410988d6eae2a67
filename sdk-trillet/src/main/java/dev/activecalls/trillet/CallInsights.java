package dev.activecalls.trillet;

import dev.activecalls.core.OpenEnum;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trillet's live analysis of one call so far ({@code GET
 * /v2/api/active-calls/{roomName}/insights}), for a supervisor deciding whether to step in.
 *
 * @param sentiment the sentiment detected so far, or null when none was detected yet
 * @param topics what the conversation has been about, in Trillet's order; empty when Trillet sent
 *     none. Unmodifiable.
 * @param summary a short summary of the conversation, or null when Trillet sent none
 * @param suggestions what the agent might do next, in Trillet's order; empty when Trillet sent
 *     none. Unmodifiable.
 */
public record CallInsights(
    @Nullable OpenEnum<Sentiment> sentiment,
    List<String> topics,
    @Nullable String summary,
    List<String> suggestions) {

  /** Copies the lists (null becomes empty). */
  public CallInsights {
    topics = topics == null ? List.of() : List.copyOf(topics);
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }
}
