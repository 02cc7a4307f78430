package io.ttsql.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Says in a few words why a file named on the command line cannot be read, before anything opens it. */
public final class FileChecks {
  private FileChecks() {}

  /**
   * {@code is a directory}, {@code no such file} or {@code permission denied}, or null when {@code
   * file} can be read (a regular file, or a pipe such as {@code <(…)}).
   */
  public static String whyUnreadable(Path file) {
    return Files.isDirectory(file) ? "is a directory"
        : !Files.exists(file) ? "no such file"
        : !Files.isReadable(file) ? "permission denied"
        : null;
  }
}
