package dev.activecalls.core.internal;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/**
 * A success body of unknown length (chunked, or gunzipped by OkHttp) as the decoder reads it,
 * straight from the network, with at most a limit of bytes; it sits after OkHttp's transparent
 * gunzip, so decompressed bytes are counted. Long number literals are bounded where numbers are
 * read ({@link JsonFields#MAX_NUMBER_CHARS}): Moshi reads them in linear time, so a scan of every
 * byte here would only cost the common case.
 */
final class BodySource extends ForwardingSource {
  private final long limit;
  private long total;
  private boolean exceeded;

  BodySource(Source delegate, long limit) {
    super(delegate);
    this.limit = limit;
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (exceeded) {
      throw new TooLarge();
    }
    // Never ask for more than one byte past the limit, so nothing beyond it is read.
    long read = super.read(sink, Math.min(byteCount, limit - total + 1));
    if (read <= 0) {
      return read;
    }
    total += read;
    if (total > limit) {
      exceeded = true;
      throw new TooLarge();
    }
    return read;
  }

  /** Returns whether the body went past the size limit. */
  boolean exceeded() {
    return exceeded;
  }

  /** Thrown into the decoder to stop it; the pipeline turns it into its typed exception. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("response body larger than the limit", null);
    }
  }
}
