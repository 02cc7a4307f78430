package io.ttsql.engine;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The decompressed bytes of gzip members one after the other, as {@code cat a.gz b.gz} makes
 * them, failing on bytes after a member that do not start another (text appended to a {@code .gz}
 * file), which {@code java.util.zip} drops without a word, but for zeros to the end (padding), and
 * on a file cut inside a member;
 * either way every byte decoded before the failure is delivered first, as {@code zcat} does.
 */
final class GzipMembers extends InputStream {
  private static final int MAGIC_0 = 0x1f;
  private static final int MAGIC_1 = 0x8b;

  private final BufferedInputStream raw;
  private GzipCompressorInputStream member;
  private int members;
  /** The end of the file inside a member, reported at the read after the one that returned its last bytes. */
  private EOFException cut;

  /** The members of {@code raw}, which starts with one; its header is read at the first read, where a cut in it is reported. */
  GzipMembers(BufferedInputStream raw) {
    this.raw = raw;
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
    if (cut != null) {
      throw cut;
    }
    if (member == null) {
      member = next();
    }
    while (true) {
      long before = member.getUncompressedCount();
      int n;
      try {
        n = member.read(b, off, len);
      } catch (EOFException e) {
        // The bytes inflated before the cut are in b already; the decoder only lost their count.
        cut = cutShort();
        int inflated = (int) (member.getUncompressedCount() - before);
        if (inflated > 0) {
          return inflated;
        }
        throw cut;
      }
      if (n >= 0) {
        return n;
      }
      // The member ended, and the raw stream stands just after its trailer.
      raw.mark(2);
      int first = raw.read();
      int second = raw.read();
      raw.reset();
      if (first < 0 || (first == 0 && zerosToTheEnd())) {
        return -1;
      }
      if (first != MAGIC_0 || second != MAGIC_1) {
        throw new IOException("the bytes after gzip member " + members + " are not gzip");
      }
      member = next();
    }
  }

  /** Whether nothing but zero bytes is left, the padding of a tape or block device that {@code gzip -d} ignores too. */
  private boolean zerosToTheEnd() throws IOException {
    for (int b = raw.read(); b >= 0; b = raw.read()) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private GzipCompressorInputStream next() throws IOException {
    members++;
    try {
      return GzipCompressorInputStream.builder().setInputStream(raw).get();
    } catch (EOFException e) {
      throw cutShort(); // inside the member's header
    }
  }

  private EOFException cutShort() {
    return new EOFException("the file ends inside gzip member " + members + " (cut short?)");
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }
}
