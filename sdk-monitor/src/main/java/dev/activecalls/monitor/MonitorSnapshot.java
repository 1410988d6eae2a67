package dev.activecalls.monitor;

import dev.activecalls.core.live.CallView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LiveCallMonitor} knows at one moment: every call live as its source last saw it,
 * and how each source is doing. Immutable.
 *
 * @param at when the snapshot was taken, on the monitor's clock
 * @param calls the live calls, source by source in the order they were added, each in the order
 *     its source listed them; unmodifiable
 * @param sources each source's health, in the order the sources were added; unmodifiable
 */
public record MonitorSnapshot(Instant at, List<CallView> calls, List<SourceHealth> sources) {

  /** Copies the lists. */
  public MonitorSnapshot {
    Objects.requireNonNull(at, "at");
    calls = List.copyOf(calls);
    sources = List.copyOf(sources);
  }

  /**
   * Returns the health of one source.
   *
   * @param name the source's name
   * @return its health, or empty if the monitor has no such source
   */
  public Optional<SourceHealth> source(String name) {
    return sources.stream().filter(source -> source.name().equals(name)).findFirst();
  }
}
