package dev.activecalls.trillet;

import dev.activecalls.core.OpenEnum;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One live call, as the list endpoint ({@code GET /v2/api/active-calls}) describes it.
 *
 * @param id Trillet's id of the call (24 hex digits)
 * @param roomName the call's LiveKit room name; pass it to {@link ActiveCallsService#get(String)}
 *     for the transcript
 * @param customerPhone the customer's phone number, like {@code +14155551234}; null when Trillet
 *     sent none (a web call has no phone number)
 * @param customerName the customer's name, or null when Trillet does not know it
 * @param aiAgentName the name of the AI agent handling the call
 * @param duration how long the call has lasted so far, when the list was made
 * @param status the call's status; {@link CallStatus#ACTIVE} on this endpoint
 * @param sentiment the sentiment detected so far, or null when none was detected yet
 * @param lastMessage the most recent message of the conversation, or null when there is none yet
 * @param transferRequested whether a transfer to a human agent has been requested
 * @param type {@link CallType#PHONE} or {@link CallType#WEB}, or a type this SDK does not know yet
 * @param participants who is in the call's room; empty when Trillet sent none. Unmodifiable.
 */
public record ActiveCall(
    String id,
    String roomName,
    @Nullable String customerPhone,
    @Nullable String customerName,
    String aiAgentName,
    Duration duration,
    OpenEnum<CallStatus> status,
    @Nullable OpenEnum<Sentiment> sentiment,
    @Nullable String lastMessage,
    boolean transferRequested,
    OpenEnum<CallType> type,
    List<Participant> participants) {

  /** Checks the required parts and copies {@code participants} (null becomes empty). */
  public ActiveCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roomName, "roomName");
    Objects.requireNonNull(aiAgentName, "aiAgentName");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
