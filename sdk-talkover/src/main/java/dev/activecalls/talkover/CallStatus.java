package dev.activecalls.talkover;

import dev.activecalls.core.WireNames;

/**
 * The states of a Talkover call, as far as this SDK knows them: the three in which a call is
 * active ({@link #isActive()}), and the ways a call ends. Read it through {@link
 * dev.activecalls.core.OpenEnum}: a state Talkover adds later decodes too, keeping its raw text.
 */
public enum CallStatus {
  /** The call has been placed and is not ringing yet ({@code "initiated"}). */
  INITIATED,
  /** The phone is ringing ({@code "ringing"}). */
  RINGING,
  /** The callee picked up; the agent is talking ({@code "answered"}). */
  ANSWERED,
  /**
   * The call is connected ({@code "in-progress"}): named by Talkover's OpenAPI file but not by its
   * list of filters, and not one of the states its active-call lookup counts as active.
   */
  @WireNames({"in-progress"})
  IN_PROGRESS,
  /** The call is over ({@code "completed"}); an active-call lookup does not report it. */
  COMPLETED,
  /** The call could not be made ({@code "failed"}). */
  FAILED,
  /** The callee's line was busy ({@code "busy"}). */
  BUSY,
  /** Nobody picked up ({@code "no-answer"}). */
  @WireNames({"no-answer"})
  NO_ANSWER;

  /**
   * Tells whether Talkover counts a call in this state as active: initiated, ringing or answered,
   * the states its active-call lookup reports.
   *
   * @return true for {@link #INITIATED}, {@link #RINGING} and {@link #ANSWERED}
   */
  public boolean isActive() {
    return this == INITIATED || this == RINGING || this == ANSWERED;
  }
}
