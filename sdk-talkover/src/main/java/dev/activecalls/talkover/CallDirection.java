package dev.activecalls.talkover;

/**
 * Which way a Talkover call went, as far as this SDK knows. Read it through {@link
 * dev.activecalls.core.OpenEnum}: a direction Talkover adds later decodes too, keeping its raw
 * text.
 */
public enum CallDirection {
  /** Someone called the agent's number ({@code "inbound"}). */
  INBOUND,
  /** The agent called out ({@code "outbound"}). */
  OUTBOUND
}
