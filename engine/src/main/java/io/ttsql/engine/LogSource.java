package io.ttsql.engine;

import io.ttsql.samples.BundledSamples;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;

/**
 * One log file to load: a path, or {@code sample:NAME} for a sample bundled in the jar. A name
 * ending in {@code .gz} is decompressed while read.
 *
 * @param name the file as the user named it
 */
public record LogSource(String name) {
  /** Prefix naming a bundled sample. */
  public static final String SAMPLE_PREFIX = "sample:";
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
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw unreadable("is a directory");
    }
    if (!Files.exists(path)) {
      throw unreadable("no such file");
    }
    if (!Files.isReadable(path)) {
      throw unreadable("permission denied");
    }
  }

  /** Opens the log's bytes, decompressed. */
  InputStream open() throws IOException {
    InputStream raw = isSample() ? BundledSamples.open(sampleName()) : Files.newInputStream(Path.of(name));
    InputStream buffered = new BufferedInputStream(raw, 1 << 16);
    return name.endsWith(".gz") ? new GZIPInputStream(buffered, 1 << 16) : buffered;
  }

  /** The size on disk, or -1 when unknown. */
  long size() {
    try {
      return isSample() ? -1 : Files.size(Path.of(name));
    } catch (IOException e) {
      return -1;
    }
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
