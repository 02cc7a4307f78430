package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
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

  private static boolean parses(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
