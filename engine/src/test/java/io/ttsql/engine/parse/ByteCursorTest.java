package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The byte-level checks of {@link ByteCursor} agree with the JDK's parsers they stand in for. */
class ByteCursorTest {
  @Test
  void decimalFloatCheckAcceptsWhatParseDoubleAccepts() {
    // Seeded random strings over the bytes a %g float is scanned from: the check must accept a
    // string exactly when Double.parseDouble reads it ("1.", ".5", "1e5" yes; ".", "e5", "1e" no).
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "0123456789.e+-";
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
      }
      boolean expected = parses(text.toString());
      byte[] bytes = Utf8.bytes(text.toString());
      assertEquals(expected, ByteCursor.isDecimalFloat(bytes, 0, bytes.length), text.toString());
      accepted += expected ? 1 : 0;
    }
    assertTrue(accepted > 10_000, "enough valid floats drawn: " + accepted);
  }

  @Test
  void aNumberTooBigIsNamedWholeWithItsField() {
    // The error quotes the number as printed, its minus or 0x included, up to its last digit and
    // not beyond: -2147483649 is one below the smallest int, 2^64 and 17 hex digits need 65 bits.
    assertEquals("device -2147483649 does not fit in 32 bits", tooBig("-2147483649)", c -> c.signedInt("device")));
    assertEquals("size 18446744073709551616 does not fit in 64 bits",
        tooBig("18446744073709551616 bytes", c -> c.unsignedDecimal("size")));
    assertEquals("buffer 0x10000000000000000 does not fit in 64 bits", tooBig("0x10000000000000000)", c -> c.id("buffer")));
  }

  private static String tooBig(String text, Consumer<ByteCursor> parse) {
    byte[] bytes = Utf8.bytes(text);
    return assertThrows(NumberFormatException.class, () -> parse.accept(new ByteCursor().reset(bytes, 0, bytes.length)))
        .getMessage();
  }

  private static boolean parses(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
