package dev.activecalls.monitor;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one source of a {@link LiveCallMonitor} is doing.
 *
 * @param name the source's name
 * @param vendor the source's vendor
 * @param status whether its calls are fresh
 * @param lastSuccess when its last good poll was, or null before the first
 * @param failedPolls how many polls in a row have failed; 0 when the last one did not
 * @param lastError what the last failed poll failed with, or null when the last poll did not fail
 * @param pausedUntil until when the vendor asked to be left alone (a 429's wait), or null
 * @param calls how many calls the source has live, as last seen
 */
public record SourceHealth(String name, String vendor, Status status, @Nullable Instant lastSuccess,
    int failedPolls, @Nullable String lastError, @Nullable Instant pausedUntil, int calls) {

  /** Checks the components are present. */
  public SourceHealth {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(status, "status");
  }

  /** Whether a source's calls are fresh. */
  public enum Status {
    /** Not polled yet. */
    PENDING,
    /** Its last poll succeeded. */
    HEALTHY,
    /**
     * Its last poll was skipped: the request budget could not afford it, or the vendor asked for a
     * pause (429). Its calls are as last seen.
     */
    STALE,
    /** Its last poll failed. Its calls are as last seen, and none is reported ended. */
    FAILING
  }
}
