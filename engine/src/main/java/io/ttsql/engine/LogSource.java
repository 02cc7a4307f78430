package io.ttsql.engine;

import io.ttsql.samples.BundledSamples;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Locale;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * One log file to load: a path, {@code -} for standard input, or {@code sample:NAME} for a sample
 * bundled in the jar. A gzip or zstd file is decompressed while read, a file that is still being
 * written is read up to the size it had when it was opened, and a pipe is read to its end.
 *
 * @param name the file as the user named it
 */
public record LogSource(String name) {
  /** Prefix naming a bundled sample. */
  public static final String SAMPLE_PREFIX = "sample:";
  /** The name that stands for standard input. */
  public static final String STDIN = "-";
  /** SQLState of a log that cannot be read. */
  public static final String UNREADABLE_STATE = "58030";

  /** Fails with a one-line message naming the file unless it can be read. */
  void check() throws SQLException {
    if (isSample()) {
      if (!BundledSamples.names().contains(sampleName())) {
        throw unreadable("no such bundled sample (samples: " + String.join(", ", BundledSamples.names()) + ")");
      }
      return;
    }
    String problem = FileChecks.whyUnreadable(path());
    if (problem != null) {
      throw unreadable(problem);
    }
  }

  /** Opens the log's bytes, decompressed, stopping at the size the file has now. */
  Opened open() throws IOException {
    if (isSample()) {
      return Opened.of(Compression.decompressing(BundledSamples.open(sampleName())), -1);
    }
    Path path = path();
    if (!Files.isRegularFile(path)) {
      // A pipe (/dev/stdin, <(…)), read to its end; FileInputStream, as a channel's stream cannot tell what is available.
      return Opened.of(Compression.decompressing(new FileInputStream(path.toFile())), -1);
    }
    FileChannel channel = FileChannel.open(path);
    InputStream file = Channels.newInputStream(channel);
    long size = channel.size();
    if (size == 0) {
      // Files of /proc and /sys say they hold 0 bytes whatever they hold: read to the end (an
      // empty file ends at once). Not FileInputStream, whose available() fails on them.
      return Opened.of(Compression.decompressing(file), -1);
    }
    InputStream bounded = BoundedInputStream.builder().setInputStream(file).setMaxCount(size).get();
    StopAtErrorInputStream decoded = Compression.decompressing(bounded);
    return new Opened(Opened.buffered(decoded), size, decoded, decoded.compressed(), decoded.compressed() ? null : channel);
  }

  /**
   * An opened log.
   *
   * @param in its bytes, decompressed and buffered (supports mark and reset)
   * @param size its size on disk when opened, or -1 when unknown
   * @param decoded the stream below the buffer, which knows why reading stopped early
   * @param compressed whether the file is compressed (then it cannot be cut into parts)
   * @param plainFile the open file, when it is a regular file of known size that is not
   *     compressed, so that its parts can be read at the same time; else null
   */
  record Opened(InputStream in, long size, StopAtErrorInputStream decoded, boolean compressed, FileChannel plainFile)
      implements AutoCloseable {
    static Opened of(StopAtErrorInputStream decoded, long size) {
      return new Opened(buffered(decoded), size, decoded, decoded.compressed(), null);
    }

    static InputStream buffered(StopAtErrorInputStream decoded) {
      return new BufferedInputStream(decoded, 1 << 16);
    }

    /**
     * Why reading stopped before the end of the file, or null: the stream failed, or a plain file
     * gave fewer than the bytes it had when opened, having been cut meanwhile (logrotate's
     * {@code copytruncate}, or a new run writing it anew).
     *
     * @param bytesRead how many bytes were read from it
     */
    String readError(long bytesRead) {
      if (decoded.error() != null) {
        return decoded.error();
      }
      return compressed || size < 0 || bytesRead >= size ? null
          : String.format(Locale.ROOT, "the file shrank while it was read: only %,d of its %,d bytes were read", bytesRead, size);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The path of a file on disk ({@code -} is standard input), or null for a bundled sample. */
  Path path() {
    return isSample() ? null : Path.of(name.equals(STDIN) ? "/dev/stdin" : name);
  }

  /** True if {@code name} reads standard input: {@code -}, {@code /dev/stdin} or {@code /dev/fd/0}. */
  public static boolean isStandardInput(String name) {
    return STDIN.equals(name) || "/dev/stdin".equals(name) || "/dev/fd/0".equals(name);
  }

  /**
   * What tells this file apart, equal for two names of the same file (through links and relative
   * paths) or sample: the sample's name, the file's key (device and inode), or, when it has none or
   * cannot be read, its absolute normalised path.
   */
  Object identity() {
    if (isSample()) {
      return name;
    }
    try {
      Object key = Files.readAttributes(path(), BasicFileAttributes.class).fileKey();
      if (key != null) {
        return key;
      }
    } catch (IOException e) {
      // told apart by its path below
    }
    return path().toAbsolutePath().normalize();
  }

  SQLException unreadable(String why) {
    return new SQLException("cannot read log " + name + ": " + why, UNREADABLE_STATE);
  }

  private boolean isSample() {
    return name.startsWith(SAMPLE_PREFIX);
  }

  private String sampleName() {
    return name.substring(SAMPLE_PREFIX.length());
  }
}
