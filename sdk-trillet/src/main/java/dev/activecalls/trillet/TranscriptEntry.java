package dev.activecalls.trillet;

import dev.activecalls.core.OpenEnum;
import java.util.Objects;

/**
 * One line of a call's live transcript.
 *
 * @param role who said it: {@link TranscriptRole#AGENT} or {@link TranscriptRole#CUSTOMER}, or a
 *     role this SDK does not know yet (see {@link OpenEnum#raw()})
 * @param content what was said, as transcribed
 */
public record TranscriptEntry(OpenEnum<TranscriptRole> role, String content) {

  /** Checks that both parts are present. */
  public TranscriptEntry {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }
}
