package dev.activecalls.vobiz;

import dev.activecalls.core.WireNames;

/**
 * The known states of a Vobiz call, read from the legacy {@code call_state} (upper case, like
 * {@code ACTIVE}) or the current {@code call_status} (like {@code in-progress}). Used through
 * {@link dev.activecalls.core.OpenEnum}, so a state Vobiz adds later still decodes and keeps its
 * raw text.
 */
public enum CallState {
  /** Initiated, waiting to be connected ({@code queued}). */
  QUEUED,
  /** Ringing, not yet answered ({@code RINGING}, {@code ringing}). */
  RINGING,
  /** Early media, such as a ringback tone ({@code EARLY}). */
  EARLY,
  /** Answered and connected ({@code ACTIVE}, or {@code in-progress} in the current shape). */
  @WireNames({"in-progress"})
  ACTIVE,
  /** On hold ({@code HELD}). */
  HELD,
  /** Ended normally ({@code completed}); seen when a call ends between polls. */
  COMPLETED,
  /** The called party was busy ({@code busy}). */
  BUSY,
  /** The call failed ({@code failed}). */
  FAILED,
  /** Connecting the call timed out ({@code timeout}). */
  TIMEOUT,
  /** Not answered ({@code no-answer}). */
  NO_ANSWER,
  /** Cancelled by the caller ({@code cancel}). */
  @WireNames({"cancel", "canceled", "cancelled"})
  CANCELED
}
