package dev.activecalls.vobiz;

/**
 * The direction of a Vobiz call ({@code inbound} or {@code outbound}). Used through {@link
 * dev.activecalls.core.OpenEnum}, so another value still decodes and keeps its raw text.
 */
public enum CallDirection {
  /** A call received on one of the account's numbers. */
  INBOUND,
  /** A call placed by the account, usually through the API. */
  OUTBOUND
}
