package dev.activecalls.core.live;

import dev.activecalls.core.WireNames;

/**
 * Where a live call is, the same for every vendor. Read it through {@link
 * dev.activecalls.core.OpenEnum}: the vendor's own text is kept as the raw text, and a text this
 * SDK cannot place stays unknown rather than being guessed.
 */
public enum LiveState {
  /** Waiting for a line or an agent: Vobiz's {@code queued}. */
  @WireNames({"queued"})
  QUEUED,
  /**
   * Placed, not answered yet: Vobiz's {@code ringing} and {@code early} (early media), Talkover's
   * {@code initiated} and {@code ringing}.
   */
  @WireNames({"ringing", "early", "initiated"})
  RINGING,
  /**
   * Connected: Trillet's {@code active}, Vobiz's {@code in-progress} and {@code active}, Talkover's
   * {@code answered}.
   */
  @WireNames({"active", "in-progress", "answered"})
  ACTIVE,
  /** On hold: Vobiz's {@code held}. */
  @WireNames({"held"})
  HELD
}
