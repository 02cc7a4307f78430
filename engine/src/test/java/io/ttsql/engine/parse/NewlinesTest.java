package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time (SWAR) newline search finds the same newline as a byte-by-byte one, for every start
 * and end in seeded random buffers where newlines are rare, common, or next to bytes (0x0B, 0x8A,
 * 0x09) that differ from a newline by one bit or one borrow.
 */
class NewlinesTest {
  @Test
  void findsTheFirstNewlineLikeAPlainLoop() {
    SplittableRandom random = new SplittableRandom(42);
    byte[] tricky = {'\n', 0x0B, (byte) 0x8A, 0x09, 'a', 0, (byte) 0xFF};
    for (int round = 0; round < 200; round++) {
      byte[] buf = new byte[1 + random.nextInt(80)];
      int newlineOdds = 1 + random.nextInt(40);
      for (int i = 0; i < buf.length; i++) {
        buf[i] = random.nextInt(newlineOdds) == 0 ? (byte) '\n' : tricky[1 + random.nextInt(tricky.length - 1)];
      }
      for (int from = 0; from <= buf.length; from++) {
        for (int to = from; to <= buf.length; to++) {
          assertEquals(plainIndexOf(buf, from, to), Newlines.indexOf(buf, from, to), "round " + round + " [" + from + ", " + to + ")");
        }
      }
    }
  }

  private static int plainIndexOf(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
