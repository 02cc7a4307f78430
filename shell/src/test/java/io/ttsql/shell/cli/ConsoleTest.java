package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** https://no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
class ConsoleTest {
  @Test
  void noColorWhenNoColorIsSetAndNotEmpty() {
    assertTrue(Console.colorAllowed(null));
    assertTrue(Console.colorAllowed(""), "the standard says: set and not empty");
    assertFalse(Console.colorAllowed("1"));
    assertFalse(Console.colorAllowed("0"), "any value, even 0, turns colour off");
  }
}
