package io.ttsql.engine.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The fast path of a buffer debug block's call stack: from the block's first frame line, finds the
 * empty line that closes the block and hashes the frame lines for {@link StackTextIndex} in the
 * same pass, eight bytes at a time, so that a stack seen before is neither split into lines nor
 * copied. Only the common shape is taken (every line indented by four spaces and ended by a bare
 * {@code \n}, none ending with a block separator, all of it in the buffer, at most {@link
 * #MAX_BYTES}); the line-by-line path handles the rest and agrees on the stack text: the frame
 * lines with their indents and newlines.
 */
final class FrameRun {
  static final int MAX_BYTES = 1 << 16;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int INDENT = (int) INTS.get(Utf8.bytes("    "), 0);
  /** The last byte of {@code ═} (E2 95 90), so of a separator, which frame lines seldom end with. */
  private static final byte SEPARATOR_LAST_BYTE = Utf8.bytes("═")[2];

  private long hash;
  private int frames;
  private int end;

  /**
   * Scans the frame lines from {@code start}, the first byte of a frame line, up to the empty
   * line after them; true if they have the common shape and all of it lies before {@code limit}.
   */
  boolean scan(byte[] b, int start, int limit) {
    if (start + Integer.BYTES > limit || (int) INTS.get(b, start) != INDENT) {
      return false;
    }
    int stop = Math.min(limit, start + MAX_BYTES);
    long h = 0;
    int lines = 0;
    int lineStart = start;
    for (int i = start; i + Long.BYTES <= stop; i += Long.BYTES) {
      long word = (long) LONGS.get(b, i);
      // Every newline, lowest first. A flag can be false only on a byte 0x0B right after a
      // newline, and the check of the indent after that newline has declined the run by then.
      for (long flags = Swar.newlineFlags(word); flags != 0; flags &= flags - 1) {
        int q = i + Swar.lowestFlagged(flags);
        if (b[q - 1] == '\r' || q + 1 + Integer.BYTES > limit || endsWithSeparator(b, lineStart, q)) {
          return false;
        }
        lines++;
        lineStart = q + 1;
        if (b[q + 1] == '\n') {
          int bytes = q + 1 - i;
          long last = bytes == Long.BYTES ? word : word & ((1L << (bytes * Byte.SIZE)) - 1);
          hash = StackTextIndex.finish(StackTextIndex.mix(h, last), q + 1 - start);
          frames = lines;
          end = q + 1;
          return true;
        }
        if ((int) INTS.get(b, q + 1) != INDENT) {
          return false;
        }
      }
      h = StackTextIndex.mix(h, word);
    }
    return false;
  }

  /**
   * Whether the line {@code b[lineStart, newline)} ends with a block separator: a frame line cut
   * mid-write, then the next run's block on the same line, which the line-by-line path splits.
   */
  private static boolean endsWithSeparator(byte[] b, int lineStart, int newline) {
    int separator = newline - BufferDebugLogParser.SEPARATOR.length();
    return b[newline - 1] == SEPARATOR_LAST_BYTE && separator > lineStart
        && BufferDebugLogParser.SEPARATOR.at(b, separator, newline);
  }

  /** The {@link StackTextIndex#hash} of the frame lines scanned. */
  long hash() {
    return hash;
  }

  /** How many frame lines were scanned. */
  int frames() {
    return frames;
  }

  /** The index of the newline of the empty line after the frames; the frame lines end just before it. */
  int end() {
    return end;
  }
}
