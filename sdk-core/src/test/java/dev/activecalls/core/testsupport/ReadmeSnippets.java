package dev.activecalls.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the README's code honest: a test holds the code between {@code // README:<tag>:start} and
 * {@code // README:<tag>:end} markers and runs it; {@link #assertInReadme} checks that the README
 * holds the same lines (indentation removed) in a code block, so a README edit that is not also
 * made in the test fails the build.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * Fails unless the README at the repository root contains the tagged region of {@code
   * testSource} verbatim (ignoring leading indentation).
   *
   * @param testSource the test's source file, relative to the module directory, like {@code
   *     src/test/java/dev/activecalls/trillet/ReadmeQuickStartTest.java}
   * @param tag the marker tag, like {@code trillet-quick-start}
   */
  public static void assertInReadme(String testSource, String tag) {
    String snippet = region(read(Path.of(testSource)), tag);
    String readme = dedentLines(read(findReadme()));
    if (!readme.contains(snippet)) {
      throw new AssertionError("README.md does not contain the code of " + testSource + " tagged '"
          + tag + "'. Update one to match the other. Expected lines:\n" + snippet);
    }
  }

  /** Returns the dedented lines between the markers for {@code tag}. */
  static String region(String source, String tag) {
    String start = "// README:" + tag + ":start";
    String end = "// README:" + tag + ":end";
    int from = source.indexOf(start);
    int to = source.indexOf(end);
    if (from < 0 || to < from) {
      throw new AssertionError("markers " + start + " / " + end + " not found");
    }
    String body = source.substring(source.indexOf('\n', from) + 1, to);
    List<String> lines = body.lines().collect(Collectors.toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return dedentLines(String.join("\n", lines));
  }

  private static String dedentLines(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  private static Path findReadme() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path readme = dir.resolve("README.md");
      if (Files.exists(readme) && Files.exists(dir.resolve("sdk-core"))) {
        return readme;
      }
      dir = dir.getParent();
    }
    throw new AssertionError("README.md not found above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
