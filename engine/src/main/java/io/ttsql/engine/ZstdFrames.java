package io.ttsql.engine;

import com.github.luben.zstd.ZstdInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed bytes of zstd frames one after the other, failing as {@link GzipMembers} fails,
 * in its words: on a file cut inside a frame, and on bytes after a frame that do not start
 * another, where the zstd library says only {@code Truncated source} or {@code Unknown frame
 * descriptor}.
 */
final class ZstdFrames extends FilterInputStream {
  ZstdFrames(InputStream raw) throws IOException {
    super(new ZstdInputStream(raw));
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw plain(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      throw plain(e);
    }
  }

  private static IOException plain(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Truncated")) {
      return new IOException("the file ends inside a zstd frame (cut short?)", e);
    }
    if (message.contains("Unknown frame descriptor")) {
      return new IOException("the bytes after a zstd frame are not zstd", e);
    }
    return new IOException("zstd: " + message, e);
  }
}
