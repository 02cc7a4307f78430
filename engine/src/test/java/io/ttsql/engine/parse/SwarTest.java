package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte tests of {@link Swar} agree with byte-by-byte ones on seeded random words made of bytes
 * that are zero, a newline, or one bit or one borrow away from them (0x01, 0x80, 0x0B, 0x8A).
 */
class SwarTest {
  private static final byte[] BYTES = {0, '\n', 0x01, (byte) 0x80, 0x0B, (byte) 0x8A, 'a', (byte) 0xFF};

  @Test
  void agreesWithByteByByteTests() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 100_000; round++) {
      long word = 0;
      byte[] bytes = new byte[Long.BYTES];
      for (int i = 0; i < Long.BYTES; i++) {
        bytes[i] = BYTES[random.nextInt(BYTES.length)];
        word |= (bytes[i] & 0xFFL) << (i * Byte.SIZE);
      }
      int firstNewline = -1;
      long nonZero = 0;
      for (int i = Long.BYTES - 1; i >= 0; i--) {
        firstNewline = bytes[i] == '\n' ? i : firstNewline;
        nonZero |= bytes[i] != 0 ? 0x80L << (i * Byte.SIZE) : 0;
      }
      String where = "round " + round + ": " + Long.toHexString(word);
      long newlines = Swar.newlineFlags(word);
      assertEquals(firstNewline, newlines == 0 ? -1 : Swar.lowestFlagged(newlines), where);
      assertEquals(nonZero, Swar.nonZeroFlags(word), where);
      if (nonZero != 0) {
        assertEquals(Long.numberOfTrailingZeros(nonZero) >>> 3, Swar.lowestFlagged(nonZero), where);
      }
    }
  }
}
