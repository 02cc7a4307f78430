package io.ttsql.engine.store;

import java.util.Objects;

/**
 * What loading one file gave: its format and the accounting of its lines, where
 * {@code lines = eventLines + otherLines + errorLines} always holds.
 *
 * @param file the file as named by the user
 * @param format the detected format's name
 * @param bytes bytes read
 * @param lines lines read (a last line without a newline counts)
 * @param events events parsed
 * @param eventLines lines that belong to events
 * @param otherLines recognised lines that are not events (statistics, banners, blank lines…)
 * @param errorLines lines listed in {@code parse_errors}
 * @param loadMillis wall time spent reading and parsing the file
 * @param readError why reading stopped before the end of the file (a cut compressed file), or null
 */
public record SourceInfo(
    String file,
    String format,
    long bytes,
    long lines,
    long events,
    long eventLines,
    long otherLines,
    long errorLines,
    long loadMillis,
    String readError) {
  public SourceInfo {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(format, "format is null");
    if (lines != eventLines + otherLines + errorLines) {
      throw new IllegalArgumentException(
          "line accounting of " + file + " is off: " + lines + " lines but " + eventLines + " event + "
              + otherLines + " other + " + errorLines + " error lines");
    }
  }
}
