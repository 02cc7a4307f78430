package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A literal is found where a byte-by-byte comparison finds it, and nowhere else: seeded random
 * texts of 0 to 20 bytes (shorter and longer than a word, UTF-8 included) against buffers that
 * hold them, copies of them with one byte changed, or their prefixes cut by the end of the range.
 */
class ByteLiteralTest {
  private static final String CHARS = "ab ()[]✓=0x19";

  @Test
  void agreesWithAByteByByteComparison() {
    SplittableRandom random = new SplittableRandom(11);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(CHARS.charAt(random.nextInt(CHARS.length())));
      }
      ByteLiteral literal = new ByteLiteral(text.toString());
      byte[] bytes = Utf8.bytes(text.toString());
      byte[] buf = new byte[bytes.length + 20];
      for (int i = 0; i < buf.length; i++) {
        buf[i] = (byte) CHARS.charAt(random.nextInt(CHARS.length()));
      }
      int at = random.nextInt(11);
      System.arraycopy(bytes, 0, buf, at, bytes.length);
      if (bytes.length > 0 && random.nextInt(3) == 0) {
        buf[at + random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
      }
      int end = at + random.nextInt(buf.length - at + 1);
      boolean expected = end - at >= bytes.length && Arrays.equals(buf, at, at + bytes.length, bytes, 0, bytes.length);
      String where = "round " + round + ": " + text + " at " + at + " before " + end;
      assertEquals(expected, literal.at(buf, at, end), where);
      assertEquals(expected && end - at == bytes.length, literal.isWhole(buf, at, end), where);
      found += expected ? 1 : 0;
    }
    assertTrue(found > 1000, "found " + found);
  }
}
