package dev.activecalls.trillet;

/**
 * The known sentiments Trillet detects in a conversation, read from {@code sentiment}. Used
 * through {@link dev.activecalls.core.OpenEnum}, so a value Trillet adds later (or sends in
 * another spelling) decodes and keeps its raw text.
 */
public enum Sentiment {
  /** The customer sounds satisfied ({@code "positive"}). */
  POSITIVE,
  /** Neither satisfied nor unhappy ({@code "neutral"}). */
  NEUTRAL,
  /** The customer sounds unhappy ({@code "negative"}); a supervisor may want to step in. */
  NEGATIVE
}
