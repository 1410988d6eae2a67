package dev.activecalls.trillet;

import dev.activecalls.core.OpenEnum;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One live call in detail, with its transcript so far, as {@code GET
 * /v2/api/active-calls/{roomName}} describes it. Trillet does not send the call's status, type,
 * last message or transfer flag here; {@link ActiveCall} has them.
 *
 * @param id Trillet's id of the call (24 hex digits)
 * @param roomName the call's LiveKit room name
 * @param customerPhone the customer's phone number, like {@code +14155551234}; null when Trillet
 *     sent none (a web call has no phone number)
 * @param customerName the customer's name, or null when Trillet does not know it
 * @param aiAgentName the name of the AI agent handling the call
 * @param duration how long the call has lasted so far, when the answer was made
 * @param sentiment the sentiment detected so far, or null when none was detected yet
 * @param transcript the conversation so far, oldest line first; empty when Trillet sent none.
 *     Unmodifiable.
 * @param participants who is in the call's room, with their metadata; empty when Trillet sent
 *     none. Unmodifiable.
 */
public record ActiveCallDetails(
    String id,
    String roomName,
    @Nullable String customerPhone,
    @Nullable String customerName,
    String aiAgentName,
    Duration duration,
    @Nullable OpenEnum<Sentiment> sentiment,
    List<TranscriptEntry> transcript,
    List<Participant> participants) {

  /** Checks the required parts and copies the lists (null becomes empty). */
  public ActiveCallDetails {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roomName, "roomName");
    Objects.requireNonNull(aiAgentName, "aiAgentName");
    Objects.requireNonNull(duration, "duration");
    transcript = transcript == null ? List.of() : List.copyOf(transcript);
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
