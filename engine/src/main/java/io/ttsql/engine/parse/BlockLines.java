package io.ttsql.engine.parse;

import io.ttsql.engine.store.TracePart;
import java.util.Arrays;

/**
 * Copies of the lines of the block being read (a debug log block, or one device's section of a
 * statistics block, whose lines other output may interrupt), with their line numbers, kept so
 * that a block found broken can list each of its lines in {@code parse_errors}.
 */
final class BlockLines {
  private byte[] bytes = new byte[4096];
  private long[] numbers = new long[32];
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int count;
  private int used;

  void clear() {
    count = 0;
    used = 0;
  }

  /** Keeps a copy of line {@code number}, {@code buf[start, end)}. */
  void add(long number, byte[] buf, int start, int end) {
    int length = Math.min(end - start, TracePart.MAX_ERROR_TEXT_BYTES);
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    if (count == starts.length) {
      numbers = Arrays.copyOf(numbers, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(buf, start, bytes, used, length);
    numbers[count] = number;
    starts[count] = used;
    used += length;
    ends[count++] = used;
  }

  int count() {
    return count;
  }

  /**
   * Lists every line of the block as a parse error with {@code reason}.
   *
   * @param brokenAt the line where the block broke, which the reason names, or {@link TracePart#NO_LINE}
   */
  void reportAll(TracePart out, String reason, long brokenAt) {
    for (int i = 0; i < count; i++) {
      out.blockError(numbers[i], reason, brokenAt, bytes, starts[i], ends[i]);
    }
    count = 0;
  }
}
