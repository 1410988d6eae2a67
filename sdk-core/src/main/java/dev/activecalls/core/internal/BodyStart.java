package dev.activecalls.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import okio.Buffer;

/**
 * The first bytes of a success body, kept while it is decoded for the error message and the
 * second look a failure needs. A success, the usual case, needs none of it, so each thread keeps
 * one instance and the copy allocates nothing; its array grows to the largest start the thread
 * has seen, at most the limit it is given. Only the thread that filled it reads it, before its
 * next call.
 */
final class BodyStart extends OutputStream {
  // A subclass, not ThreadLocal.withInitial(BodyStart::new): linking the method reference is about
  // 0.5 ms of a client's first call.
  private static final ThreadLocal<BodyStart> PER_THREAD = new ThreadLocal<>() {
    @Override
    protected BodyStart initialValue() {
      return new BodyStart();
    }
  };

  private byte[] bytes = new byte[0];
  private int length;

  private BodyStart() {}

  /**
   * Copies the first {@code max} bytes of {@code buffered} without consuming them or marking its
   * segments shared (shared segments never go back to Okio's pool).
   *
   * @return this thread's instance, holding them
   */
  static BodyStart of(Buffer buffered, int max) throws IOException {
    BodyStart start = PER_THREAD.get();
    int size = (int) Math.min(buffered.size(), max);
    if (start.bytes.length < size) {
      start.bytes = new byte[Math.min(max, Math.max(size, start.bytes.length * 2))];
    }
    start.length = 0;
    buffered.copyTo(start, 0, size);
    return start;
  }

  /** Returns a copy of the bytes, for a failure to keep. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  @Override
  public void write(int b) {
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int count) {
    System.arraycopy(source, offset, bytes, length, count);
    length += count;
  }
}
