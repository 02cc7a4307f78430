package io.ttsql.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a stream at its first read failure (a cut compressed file, a disk error) instead of
 * throwing, so that everything read before it is kept; {@link #error()} says what went wrong.
 * It must sit directly on the stream that fails, below any buffering, so no bytes are lost.
 */
final class StopAtErrorInputStream extends FilterInputStream {
  private final boolean compressed;
  private String error;

  StopAtErrorInputStream(InputStream in, boolean compressed) {
    super(in);
    this.compressed = compressed;
  }

  /** Whether the bytes below are decompressed from the file's. */
  boolean compressed() {
    return compressed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (error != null) {
      return -1;
    }
    try {
      return in.read(b, off, len);
    } catch (IOException e) {
      error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return -1;
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Why the stream ended early, or null if it reached its end. */
  String error() {
    return error;
  }
}
