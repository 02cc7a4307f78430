package io.ttsql.engine.parse;

/**
 * Byte tests on eight bytes at once (SWAR: the bytes of a little-endian long, the first in the
 * lowest byte), written without {@code Long.numberOfTrailingZeros}, which the quick JIT compiler
 * of one-shot runs calls as a method rather than as one instruction.
 */
final class Swar {
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS_7 = 0x7F7F7F7F7F7F7F7FL;
  /** Byte k holds 7 - k: shifted left by 8k bits, its top byte is k. */
  private static final long BYTE_INDEXES = 0x0001020304050607L;

  private Swar() {}

  /**
   * The high bit of each byte of {@code word} that is {@code \n}. The lowest flag is always right;
   * a flag above it may be false, on a byte 0x0B right after a newline (a borrow), so callers check
   * the byte or rely only on the lowest.
   */
  static long newlineFlags(long word) {
    long x = word ^ NEWLINES;
    return (x - ONES) & ~x & HIGHS;
  }

  /** The high bit of each byte of {@code word} that is not zero, exactly. */
  static long nonZeroFlags(long word) {
    return ((word & LOWS_7) + LOWS_7 | word) & HIGHS;
  }

  /** The index (0 to 7) of the lowest byte whose high bit is set in {@code flags}, which holds only such bits and is not 0. */
  static int lowestFlagged(long flags) {
    return (int) ((((flags & -flags) >>> 7) * BYTE_INDEXES) >>> 56);
  }
}
