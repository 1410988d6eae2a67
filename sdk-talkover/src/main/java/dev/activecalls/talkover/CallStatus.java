package dev.activecalls.talkover;

/**
 * The states in which Talkover reports a call as active, as far as this SDK knows them. Read it
 * through {@link dev.activecalls.core.OpenEnum}: a state Talkover adds later decodes too, keeping
 * its raw text.
 */
public enum CallStatus {
  /** The call has been placed and is not ringing yet ({@code "initiated"}). */
  INITIATED,
  /** The phone is ringing ({@code "ringing"}). */
  RINGING,
  /** The callee picked up; the agent is talking ({@code "answered"}). */
  ANSWERED
}
