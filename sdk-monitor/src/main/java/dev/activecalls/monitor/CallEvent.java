package dev.activecalls.monitor;

import dev.activecalls.core.live.CallView;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A change the {@link LiveCallMonitor} saw: a call started, changed or ended, or a source began
 * failing or recovered. A failing source's calls do not end: they stay as last seen until the
 * source answers again, and the events then are those that really happened meanwhile.
 */
public sealed interface CallEvent {

  /**
   * Returns the name of the source the event is about.
   *
   * @return the source's name
   */
  String sourceName();

  /**
   * Returns when the monitor saw the change: the time of the poll, on the monitor's clock.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A call is live that the source's last good poll did not have.
   *
   * @param at when the poll saw it
   * @param call the call
   */
  record Started(Instant at, CallView call) implements CallEvent {
    /** Checks the components are present. */
    public Started {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(call, "call");
    }

    @Override
    public String sourceName() {
      return call.sourceName();
    }
  }

  /**
   * A live call changed in a way that matters: its state, parties or agent (not its duration,
   * which changes on every poll).
   *
   * @param at when the poll saw the change
   * @param before the call as the last good poll saw it
   * @param call the call now
   * @param fields what changed, never empty; unmodifiable
   */
  record Changed(Instant at, CallView before, CallView call, Set<Field> fields) implements CallEvent {
    /** Checks the components and copies the set. */
    public Changed {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(call, "call");
      fields = Set.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("fields must name what changed");
      }
    }

    @Override
    public String sourceName() {
      return call.sourceName();
    }
  }

  /**
   * A call the source's last good poll had is no longer live: the source answered without it.
   *
   * @param at when the poll found it gone
   * @param call the call as last seen
   */
  record Ended(Instant at, CallView call) implements CallEvent {
    /** Checks the components are present. */
    public Ended {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(call, "call");
    }

    @Override
    public String sourceName() {
      return call.sourceName();
    }
  }

  /**
   * A source's poll failed after it had been answering (or at its first poll). Its calls stay as
   * last seen; no {@link Ended} comes from a failing source.
   *
   * @param at when the poll failed
   * @param sourceName the source
   * @param error what failed, like the exception's message
   */
  record SourceFailing(Instant at, String sourceName, String error) implements CallEvent {
    /** Checks the components are present. */
    public SourceFailing {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * A failing source answered again; the events of the changes since its last good poll follow.
   *
   * @param at when the poll succeeded
   * @param sourceName the source
   * @param failedPolls how many polls had failed in a row
   */
  record SourceRecovered(Instant at, String sourceName, int failedPolls) implements CallEvent {
    /** Checks the components are present. */
    public SourceRecovered {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(sourceName, "sourceName");
    }
  }

  /** What a {@link Changed} event says changed. */
  enum Field {
    /** {@link CallView#state()}, raw text included. */
    STATE,
    /** {@link CallView#from()}. */
    FROM,
    /** {@link CallView#to()}. */
    TO,
    /** {@link CallView#agent()}. */
    AGENT
  }
}
