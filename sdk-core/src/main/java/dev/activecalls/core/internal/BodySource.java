package dev.activecalls.core.internal;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * A success body as the decoder reads it, straight from the network, with the limits a hostile
 * server must not pass:
 *
 * <ul>
 *   <li>at most a limit of bytes (it sits after OkHttp's transparent gunzip, so decompressed bytes
 *       are counted);
 *   <li>no number literal longer than {@value #MAX_NUMBER_CHARS} characters: Moshi scans a number
 *       with {@code Buffer.getByte}, which walks the buffer's segments each time, so a literal of
 *       millions of digits costs time quadratic in its length before any adapter sees it. The body
 *       ends, as far as the decoder can tell, one character past that limit, so the decoder fails
 *       at the number's own JSON path.
 * </ul>
 *
 * <p>It also remembers a network failure, so that a connection lost mid-body is reported as one
 * even when the JSON reader or a decoder wrapped it.
 */
final class BodySource extends ForwardingSource {
  /** The longest number literal read; real ones have a few dozen characters. */
  static final int MAX_NUMBER_CHARS = 1024;

  private final long limit;
  private final Lexer lexer = new Lexer();
  /** Reused for every read: a cursor walks a buffer's segments in place. */
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
  private long total;
  private boolean exceeded;
  private boolean numberTooLong;
  private @Nullable IOException networkFailure;

  BodySource(Source delegate, long limit) {
    super(delegate);
    this.limit = limit;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (exceeded) {
      throw new TooLarge();
    }
    if (numberTooLong) {
      return -1;
    }
    long before = sink.size();
    long read;
    try {
      // Never ask for more than one byte past the limit, so nothing beyond it is read.
      read = super.read(sink, Math.min(byteCount, limit - total + 1));
    } catch (IOException e) {
      networkFailure = e;
      throw e;
    }
    if (read <= 0) {
      return read;
    }
    total += read;
    if (total > limit) {
      exceeded = true;
      throw new TooLarge();
    }
    long keep = lexer.scan(sink, before, cursor);
    if (keep < read) {
      numberTooLong = true;
      try (Buffer.UnsafeCursor truncate = sink.readAndWriteUnsafe(cursor)) {
        truncate.resizeBuffer(before + keep); // the decoder sees the body end there
      }
    }
    return keep;
  }

  /** Returns whether the body went past the size limit. */
  boolean exceeded() {
    return exceeded;
  }

  /** Returns whether a number literal passed {@value #MAX_NUMBER_CHARS} characters. */
  boolean numberTooLong() {
    return numberTooLong;
  }

  /** Returns the I/O failure reading from the network, or null if there was none. */
  @Nullable IOException networkFailure() {
    return networkFailure;
  }

  /** Thrown into the decoder to stop it; the pipeline turns it into its typed exception. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("response body larger than the limit", null);
    }
  }

  /**
   * Just enough of JSON's lexical structure to tell a number literal from digits inside a string,
   * carried from one read to the next.
   */
  private static final class Lexer {
    private byte quote; // the quote of the string we are in, or 0 outside strings
    private boolean escaped;
    private int numberRun;

    /**
     * Scans the bytes of {@code buffer} from {@code from} on and returns how many of them to pass
     * on: all of them, or those up to the one that made a number literal too long.
     */
    long scan(Buffer buffer, long from, Buffer.UnsafeCursor unsafe) {
      long offset = 0;
      // A cursor walks the segments in place: no copy, and no per-byte segment lookup.
      try (Buffer.UnsafeCursor cursor = buffer.readUnsafe(unsafe)) {
        for (int length = cursor.seek(from); length != -1; length = cursor.next()) {
          byte[] data = cursor.data;
          for (int i = cursor.start; i < cursor.end; i++) {
            offset++;
            if (!step(data[i])) {
              return offset;
            }
          }
        }
      }
      return offset;
    }

    /** Takes one byte; returns false if it made a number literal too long. */
    private boolean step(byte b) {
      if (quote != 0) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == quote) {
          quote = 0;
        }
      } else if (b == '"' || b == '\'') {
        quote = b;
        numberRun = 0;
      } else if ((b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E') {
        return ++numberRun <= MAX_NUMBER_CHARS;
      } else {
        numberRun = 0;
      }
      return true;
    }
  }
}
