package dev.activecalls.core.live;

import dev.activecalls.core.OpenEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One live call as every vendor's source reports it: who, where it is, since when, and the
 * vendor's own record for what only that vendor knows.
 *
 * @param vendor the vendor, like {@code trillet}, {@code vobiz} or {@code talkover}
 * @param sourceName the name of the {@link CallSource} that reported it
 * @param callId the id to act on the call with, unique within the source: Trillet's room name,
 *     Vobiz's call UUID, Talkover's call id
 * @param state where the call is; the raw text is the vendor's own
 * @param from the calling party (a phone number in E.164 where the vendor gives one), or null
 * @param to the called party, or null
 * @param agent the agent on the call (a name, or an id where the vendor names none), or null
 * @param startedAt when the call started, or null when the vendor says nothing from which to tell
 * @param duration how long the call has lasted at the poll: the vendor's figure, else the time
 *     since {@code startedAt}, else null
 * @param details the vendor's own record of the call, like Trillet's {@code ActiveCall}
 */
public record CallView(
    String vendor,
    String sourceName,
    String callId,
    OpenEnum<LiveState> state,
    @Nullable String from,
    @Nullable String to,
    @Nullable String agent,
    @Nullable Instant startedAt,
    @Nullable Duration duration,
    Object details) {

  /**
   * Checks that the required components are present.
   *
   * @throws NullPointerException if {@code vendor}, {@code sourceName}, {@code callId}, {@code
   *     state} or {@code details} is null
   */
  public CallView {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Returns the vendor's record if it is of {@code type}.
   *
   * @param type the vendor record's class, like {@code dev.activecalls.trillet.ActiveCall.class}
   * @param <T> the record type
   * @return the record, or empty if this call comes from another vendor
   */
  public <T> Optional<T> details(Class<T> type) {
    return type.isInstance(details) ? Optional.of(type.cast(details)) : Optional.empty();
  }
}
