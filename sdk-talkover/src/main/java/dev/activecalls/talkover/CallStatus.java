package dev.activecalls.talkover;

/**
 * The states of a Talkover call, as far as this SDK knows them: the three in which a call is
 * active, and {@code completed}, which {@link EndedCall} reports. Read it through {@link
 * dev.activecalls.core.OpenEnum}: a state Talkover adds later decodes too, keeping its raw text.
 */
public enum CallStatus {
  /** The call has been placed and is not ringing yet ({@code "initiated"}). */
  INITIATED,
  /** The phone is ringing ({@code "ringing"}). */
  RINGING,
  /** The callee picked up; the agent is talking ({@code "answered"}). */
  ANSWERED,
  /** The call is over ({@code "completed"}); an active-call lookup does not report it. */
  COMPLETED
}
