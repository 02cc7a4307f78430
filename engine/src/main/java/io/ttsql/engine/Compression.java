package io.ttsql.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Recognises gzip and zstd by their first bytes, whatever the file is called, and decompresses
 * while reading; concatenated members and frames (as {@code cat a.gz b.gz} makes) read as one, and
 * bytes after a gzip member or zstd frame that are not one (text appended to a {@code .gz}) are a
 * read error ({@link GzipMembers}, {@link ZstdFrames}).
 */
enum Compression {
  NONE(new byte[0]),
  GZIP(new byte[] {0x1f, (byte) 0x8b}),
  ZSTD(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

  private static final int BUFFER = 1 << 16;

  private final byte[] magic;

  Compression(byte[] magic) {
    this.magic = magic;
  }

  /** {@code raw} decompressed according to its first bytes, ending (not failing) at the first read error. */
  static StopAtErrorInputStream decompressing(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    Compression compression = of(head);
    return new StopAtErrorInputStream(switch (compression) {
      case GZIP -> new GzipMembers(in);
      case ZSTD -> new ZstdFrames(in);
      case NONE -> in;
    }, compression != NONE);
  }

  /**
   * The compression whose magic number {@code head} starts with. A zstd file may also open with a
   * skippable frame (magic {@code 0x184D2A50} to {@code 0x184D2A5F}, little-endian), as pzstd
   * writes one before each frame.
   */
  static Compression of(byte[] head) {
    for (Compression c : new Compression[] {GZIP, ZSTD}) {
      if (startsWith(head, c.magic)) {
        return c;
      }
    }
    return isZstdSkippableFrame(head) ? ZSTD : NONE;
  }

  private static boolean isZstdSkippableFrame(byte[] head) {
    return head.length >= 4 && (head[0] & 0xf0) == 0x50 && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18;
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
