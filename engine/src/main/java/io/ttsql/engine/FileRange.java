package io.ttsql.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes {@code [from, to)} of an open file, each read at its position without moving the
 * file's own, so that several threads read parts of the one file that was opened at the same time
 * (not whatever file has its name by then). It ends early where the file ends, if it was cut meanwhile.
 */
final class FileRange extends InputStream {
  private final FileChannel file;
  private final long end;
  private long position;

  FileRange(FileChannel file, long from, long to) {
    this.file = file;
    this.position = from;
    this.end = to;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (position >= end) {
      return -1;
    }
    int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
    if (n > 0) {
      position += n;
    }
    return n;
  }
}
