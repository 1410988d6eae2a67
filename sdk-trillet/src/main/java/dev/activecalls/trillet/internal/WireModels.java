package dev.activecalls.trillet.internal;

import dev.activecalls.core.OpenEnum;
import dev.activecalls.trillet.CallStatus;
import dev.activecalls.trillet.CallType;
import dev.activecalls.trillet.Sentiment;
import dev.activecalls.trillet.TranscriptRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trillet's JSON exactly as sent, every part optional: Moshi fills these, then {@link
 * ModelMapper} checks what is required and builds the public records, so a missing value is
 * reported with its JSON path instead of becoming a null the public types promise never to hold.
 * (Moshi would otherwise fill a missing member of a public record with null, or fail on a missing
 * {@code boolean} with the path of the next element.)
 * Component names are the JSON names. Public because Moshi's record support needs it.
 */
public final class WireModels {
  private WireModels() {}

  /**
   * {@code GET /v2/api/active-calls}.
   *
   * @param data the calls
   * @param count Trillet's count
   * @param timestamp the server time
   */
  public record CallList(
      @Nullable List<@Nullable Call> data, @Nullable Integer count, @Nullable Instant timestamp) {}

  /**
   * One call of the list.
   *
   * @param id the call id
   * @param roomName the LiveKit room name
   * @param customerPhone the customer's number
   * @param customerName the customer's name
   * @param aiAgentName the agent's name
   * @param duration seconds so far
   * @param status {@code "active"}
   * @param sentiment the detected sentiment
   * @param lastMessage the latest message
   * @param transferRequested whether a transfer was asked for
   * @param type {@code "phone"} or {@code "web"}
   * @param participants the room's participants
   */
  public record Call(
      @Nullable String id,
      @Nullable String roomName,
      @Nullable String customerPhone,
      @Nullable String customerName,
      @Nullable String aiAgentName,
      @Nullable Duration duration,
      @Nullable OpenEnum<CallStatus> status,
      @Nullable OpenEnum<Sentiment> sentiment,
      @Nullable String lastMessage,
      @Nullable Boolean transferRequested,
      @Nullable OpenEnum<CallType> type,
      @Nullable List<@Nullable Participant> participants) {}

  /**
   * {@code GET /v2/api/active-calls/{roomName}}.
   *
   * @param id the call id
   * @param roomName the LiveKit room name
   * @param customerPhone the customer's number
   * @param customerName the customer's name
   * @param aiAgentName the agent's name
   * @param duration seconds so far
   * @param sentiment the detected sentiment
   * @param transcript the conversation so far
   * @param participants the room's participants
   */
  public record CallDetails(
      @Nullable String id,
      @Nullable String roomName,
      @Nullable String customerPhone,
      @Nullable String customerName,
      @Nullable String aiAgentName,
      @Nullable Duration duration,
      @Nullable OpenEnum<Sentiment> sentiment,
      @Nullable List<@Nullable TranscriptEntry> transcript,
      @Nullable List<@Nullable Participant> participants) {}

  /**
   * A room participant.
   *
   * @param identity the LiveKit identity
   * @param isAgent whether it is the AI agent
   * @param joinedAt when it joined
   * @param metadata any JSON value: an object as documented, or LiveKit's JSON-in-a-string
   */
  public record Participant(
      @Nullable String identity,
      @Nullable Boolean isAgent,
      @Nullable Instant joinedAt,
      @Nullable Object metadata) {}

  /**
   * A transcript line.
   *
   * @param role {@code "agent"} or {@code "customer"}
   * @param content the text
   */
  public record TranscriptEntry(@Nullable OpenEnum<TranscriptRole> role, @Nullable String content) {}
}
