package dev.activecalls.core.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the SDK logs through {@code System.Logger} (which goes to java.util.logging when
 * no other backend is installed), at every level, as formatted text.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(record.getLevel() + " " + formatter.formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    this.previousLevel = logger.getLevel();
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Starts capturing the SDK's HTTP logger, {@code dev.activecalls.http}. */
  public static LogCapture http() {
    return new LogCapture("dev.activecalls.http");
  }

  /** Returns the captured lines, each starting with its level. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Returns all captured text, one line per record. */
  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
  }
}
