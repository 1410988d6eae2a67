package dev.activecalls.trillet;

/**
 * The known kinds of Trillet call, read from the call's {@code type}. Used through {@link
 * dev.activecalls.core.OpenEnum}, so a kind Trillet adds later decodes and keeps its raw text.
 */
public enum CallType {
  /** A telephone call ({@code "phone"}). */
  PHONE,
  /** A browser or app call over WebRTC ({@code "web"}). */
  WEB
}
