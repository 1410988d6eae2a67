package dev.activecalls.trillet;

/**
 * Who spoke a line of a live transcript, read from {@code role}. Used through {@link
 * dev.activecalls.core.OpenEnum}, so a role Trillet adds later (a human agent after a transfer,
 * say) decodes and keeps its raw text.
 */
public enum TranscriptRole {
  /** The AI agent ({@code "agent"}). */
  AGENT,
  /** The caller ({@code "customer"}). */
  CUSTOMER
}
