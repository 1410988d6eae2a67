package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The README's SLF4J setup: slf4j-jdk-platform-logging sends {@code System.Logger} to SLF4J, and
 * Logback, configured by the README's logback.xml (here as logback-test.xml), shows the SDK's DEBUG
 * line. Runs in a JVM of its own, the slf4j-logging execution of examples/pom.xml: the JDK picks
 * System.Logger's backend once per JVM.
 */
class Slf4jLoggingTest {

  @Test
  @SuppressWarnings("unchecked") // the README's appender, by its name
  void theReadmeSetupShowsOneDebugLineWithTheRequestIdAndTheNumberMasked() throws Exception {
    assertThat(System.LoggerFinder.getLoggerFinder().getClass().getName())
        .as("run this test in the slf4j-logging execution of examples/pom.xml")
        .isEqualTo("org.slf4j.jdk.platform.logging.SLF4JSystemLoggerFinder");
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger sdkHttp = context.getLogger("dev.activecalls.http");
    assertThat(sdkHttp.getLevel()).as("set by the README's logback.xml").isEqualTo(Level.DEBUG);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.setContext(context);
    events.start();
    sdkHttp.addAppender(events);
    String requestId;
    try {
      requestId = LoggingExample.lookUp();
    } finally {
      sdkHttp.detachAppender(events);
    }

    assertThat(events.list).hasSize(1);
    ILoggingEvent event = events.list.get(0);
    assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
    LoggingExample.assertLikeTheReadme(event.getFormattedMessage(), requestId);
    // The whole line, as the README's appender prints it, is the README's example line.
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDOUT");
    String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8).strip();
    assertThat(LoggingExample.comparable(line))
        .isEqualTo(LoggingExample.comparable(LoggingExample.readmeLine()));
  }

  @Test
  void readmeShowsThisLogbackConfigurationAndTheseDependencies() throws Exception {
    String readme = LoggingExample.dedent(LoggingExample.readme());
    String config = Files.readString(Path.of("src/test/resources/logback-test.xml"));
    String pom = LoggingExample.pom();
    String slf4j = LoggingExample.element(pom, "slf4j.version");
    String logback = LoggingExample.element(pom, "logback.version");

    assertThat(readme).contains(LoggingExample.dedent(config.substring(config.indexOf("<configuration>"))));
    assertThat(readme).contains(LoggingExample.dedent("""
        <dependency>
          <groupId>org.slf4j</groupId>
          <artifactId>slf4j-jdk-platform-logging</artifactId>
          <version>%s</version>
        </dependency>
        <dependency>
          <groupId>ch.qos.logback</groupId>
          <artifactId>logback-classic</artifactId>
          <version>%s</version>
        </dependency>
        """.formatted(slf4j, logback)));
  }
}
