package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code hex} and {@code parse_address}, including addresses of 2^63 and more. */
class AddressFunctionsTest {
  @Test
  void hexPrintsLowerCaseWithoutPadding() {
    assertEquals("0x18b20", AddressFunctions.hex(101152L));
    assertEquals("0x2f4a0000", AddressFunctions.hex(793378816L));
    assertEquals("0x0", AddressFunctions.hex(0L));
    // A negative long stores an address of 2^63 or more: it prints as that unsigned address.
    assertEquals("0xffffffffffffffff", AddressFunctions.hex(-1L));
    assertNull(AddressFunctions.hex(null));
  }

  @Test
  void parseAddressReadsHexAndDecimal() {
    assertEquals(101152L, AddressFunctions.parseAddress("0x18b20"));
    assertEquals(101152L, AddressFunctions.parseAddress("0X18B20"));
    assertEquals(1482752L, AddressFunctions.parseAddress(" 1482752 "));
    assertEquals(0L, AddressFunctions.parseAddress("0"));
    assertEquals(-1L, AddressFunctions.parseAddress("18446744073709551615"));
    assertNull(AddressFunctions.parseAddress(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "0x", "0xg1", "-5", "+5", "0x+5", "1\u0662", "0x\uff11", "12ab", "buffer",
      "18446744073709551616", "0x1ffffffffffffffff"})
  void parseAddressRejectsWhatIsNotAnAddress(String text) {
    // Only ASCII digits, without a sign: not "0x+5", nor an Arabic-Indic or a full-width digit.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressFunctions.parseAddress(text));
    assertEquals("parse_address: '" + text + "' is not an address (0x… hex or decimal)", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261125L})
  void parseAddressReadsBackWhatHexPrints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      long address = random.nextLong();
      assertEquals(address, AddressFunctions.parseAddress(AddressFunctions.hex(address)), "seed " + seed);
      assertEquals(address, AddressFunctions.parseAddress(Long.toUnsignedString(address)), "seed " + seed);
    }
  }
}
