package dev.activecalls.core.testsupport;

/** Shortens text for a failure report, keeping it on one line. */
final class Excerpt {
  private Excerpt() {}

  /**
   * Returns {@code text} cut to {@code max} characters (then "...") with CR and LF shown as
   * {@code \r} and {@code \n}.
   *
   * @param text what to show
   * @param max how many characters of it to show at most
   * @return the excerpt
   */
  static String of(String text, int max) {
    String shown = text.length() <= max ? text : text.substring(0, max) + "...";
    return shown.replace("\r", "\\r").replace("\n", "\\n");
  }
}
