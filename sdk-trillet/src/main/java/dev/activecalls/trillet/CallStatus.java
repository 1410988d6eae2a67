package dev.activecalls.trillet;

/**
 * The known statuses of a Trillet active call, read from the call's {@code status}. The list
 * endpoint documents only {@code "active"}; through {@link dev.activecalls.core.OpenEnum} any
 * other value decodes and keeps its raw text.
 */
public enum CallStatus {
  /** The call is in progress ({@code "active"}). */
  ACTIVE
}
