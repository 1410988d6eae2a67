package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.core.testsupport.ReadmeSnippets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's java.util.logging setup, run as written: with no other backend on the classpath
 * (examples/pom.xml keeps SLF4J out of this test run), a Talkover lookup prints one FINE line with
 * the request id and the number masked.
 */
class JulLoggingTest {
  private static final String SOURCE = "src/test/java/dev/activecalls/examples/JulLoggingTest.java";

  // README:jul:start
  // A field, not a local: java.util.logging holds loggers weakly and would forget the level.
  private static final Logger SDK_HTTP = Logger.getLogger("dev.activecalls.http");

  static void showSdkHttpLog() {
    SDK_HTTP.setLevel(Level.FINE);                    // System.Logger's DEBUG is JUL's FINE
    ConsoleHandler console = new ConsoleHandler();    // the root logger's own handler stops at INFO
    console.setLevel(Level.FINE);
    SDK_HTTP.addHandler(console);
  }
  // README:jul:end

  @AfterEach
  void quietAgain() {
    for (Handler handler : SDK_HTTP.getHandlers()) {
      SDK_HTTP.removeHandler(handler);
    }
    SDK_HTTP.setLevel(null); // the other tests of this JVM run with the SDK silent again
  }

  @Test
  void readmeHoldsThisCode() {
    ReadmeSnippets.assertInReadme(SOURCE, "jul");
  }

  @Test
  void theReadmeSetupPrintsOneFineLineWithTheRequestIdAndTheNumberMasked() throws Exception {
    assertThat(System.LoggerFinder.getLoggerFinder().getClass().getName())
        .as("System.Logger goes to java.util.logging only without slf4j-jdk-platform-logging on the"
            + " classpath: run this test in the default-test execution of examples/pom.xml")
        .doesNotStartWith("org.slf4j");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      showSdkHttpLog(); // a ConsoleHandler writes to the System.err of the moment it is made
    } finally {
      System.setErr(stderr);
    }

    String requestId = LoggingExample.lookUp();

    String prefix = Level.FINE.getLocalizedName() + ": ";
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().filter(line -> line.startsWith(prefix))).singleElement();
    String message = text.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow()
        .substring(prefix.length());
    LoggingExample.assertLikeTheReadme(message, requestId);
    assertThat(text).doesNotContain(LoggingExample.PHONE.substring(1));
  }
}
