package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.testkit.FakeTalkover;
import dev.activecalls.talkover.TalkoverClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the two logging tests share: the Talkover lookup they make, the README's example of the
 * line it logs, and the checks on that line. The tests run in different JVMs (see the surefire
 * executions in examples/pom.xml), one per logging backend.
 */
final class LoggingExample {
  /** The number looked up: no log line may hold it. */
  static final String PHONE = "+15551234567";
  /** How the line shows {@link #PHONE}, in Talkover's path. */
  static final String MASKED = "/active-call/%2B1555***4567 ";

  /** The README's example line, as the README's Logback pattern prints it. */
  private static final Pattern README_LINE =
      Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} DEBUG dev\\.activecalls\\.http - GET .*$");

  private LoggingExample() {}

  /**
   * Looks {@link #PHONE} up, written as people write it, against a fake Talkover that has a call
   * with it.
   *
   * @return the request id the fake answered with
   */
  static String lookUp() {
    try (FakeTalkover fake = FakeTalkover.start();
        TalkoverClient talkover = TalkoverClient.builder()
            .baseUrl(fake.baseUrl()).apiToken(fake.apiToken()).build()) {
      fake.addCall(c -> c.to(PHONE));
      assertThat(talkover.activeCalls().findByPhone(FakeTalkover.DEFAULT_AGENT_ID, "+1 (555) 123-4567"))
          .isPresent();
      return fake.lastRequest().requestId();
    }
  }

  /**
   * Checks what the SDK logged for {@link #lookUp()}: the request id, the masked number and the
   * same text as the README's example line, whatever the time and the milliseconds.
   *
   * @param message the logged message, without the backend's time, level and logger name
   * @param requestId what {@link #lookUp()} returned
   */
  static void assertLikeTheReadme(String message, String requestId) throws IOException {
    assertThat(message).contains(MASKED, "(attempt 1, request id " + requestId + ")");
    assertThat(message).doesNotContain(PHONE.substring(1), "%2B15551234567", "123-4567");
    String example = readmeLine();
    assertThat(comparable(example)).endsWith(" - " + comparable(message));
  }

  /** Returns the README's example line. */
  static String readmeLine() throws IOException {
    Matcher matcher = README_LINE.matcher(readme());
    assertThat(matcher.find()).as("README.md shows an example line: " + README_LINE.pattern()).isTrue();
    return matcher.group();
  }

  /**
   * Returns {@code line} with its time of day and milliseconds replaced, to compare lines of
   * different runs.
   */
  static String comparable(String line) {
    return line.replaceFirst("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ", "hh:mm:ss.SSS ")
        .replaceFirst(" in \\d+ ms ", " in N ms ");
  }

  /**
   * Returns {@code text} with each line stripped of its indentation, as the README's code blocks
   * are compared.
   */
  static String dedent(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  /** Returns the README at the repository root. */
  static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  /** Returns the examples module's pom.xml. */
  static String pom() throws IOException {
    return Files.readString(Path.of("pom.xml"));
  }

  /** Returns the value of {@code <name>} in {@code xml}. */
  static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(xml);
    assertThat(matcher.find()).as("<" + name + "> in pom.xml").isTrue();
    return matcher.group(1);
  }
}
