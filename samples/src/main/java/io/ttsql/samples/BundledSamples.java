package io.ttsql.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** The sample logs packaged in the jar, opened by name. */
public final class BundledSamples {
  /** The sample used when no log is given. */
  public static final String DEFAULT = "debug.log";

  private static final List<String> NAMES = List.of("debug.log", "tt_buffer_debug.log");

  private BundledSamples() {}

  /** The bundled log files. */
  public static List<String> names() {
    return NAMES;
  }

  /** Opens a bundled sample; unknown names (and anything path-like) fail with NoSuchFileException. */
  public static InputStream open(String name) throws IOException {
    InputStream in = NAMES.contains(name) ? BundledSamples.class.getResourceAsStream(name) : null;
    if (in == null) {
      throw new NoSuchFileException("sample:" + name);
    }
    return in;
  }
}
