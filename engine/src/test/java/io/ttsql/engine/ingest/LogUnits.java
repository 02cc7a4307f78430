package io.ttsql.engine.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A log cut into the units a mutation can touch without touching its neighbours: one line of a
 * server log; one block (separator to the line before the next separator) of a buffer debug log,
 * or one line outside blocks. Every unit ends with its newline.
 */
final class LogUnits {
  private static final byte[] SEPARATOR = "═".repeat(59).getBytes(StandardCharsets.UTF_8);

  private LogUnits() {}

  /** The units of {@code log}, which must end with a newline. */
  static List<byte[]> of(byte[] log, boolean blocks) {
    List<byte[]> units = new ArrayList<>();
    int unitStart = 0;
    int lineStart = 0;
    for (int i = 0; i < log.length; i++) {
      if (log[i] != '\n') {
        continue;
      }
      int next = i + 1;
      boolean nextIsSeparator = startsWith(log, next, SEPARATOR);
      boolean inBlock = blocks && startsWith(log, unitStart, SEPARATOR);
      if (!inBlock || nextIsSeparator || next == log.length) {
        units.add(Arrays.copyOfRange(log, unitStart, next));
        unitStart = next;
      }
      lineStart = next;
    }
    if (lineStart != log.length) {
      throw new IllegalArgumentException("the log must end with a newline");
    }
    return units;
  }

  static int lineCount(byte[] unit) {
    int n = 0;
    for (byte b : unit) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    return Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }
}
