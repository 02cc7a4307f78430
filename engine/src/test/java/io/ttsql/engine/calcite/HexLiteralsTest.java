package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hex numbers in SQL are read as the numbers they write, and only where they are numbers. */
class HexLiteralsTest {
  @TempDir Path dir;

  @Test
  void hexNumbersBecomeDecimalPaddedToTheirLength() {
    // 0x3fe00000 = 3 * 2^28 + 0xfe * 2^20 = 805306368 + 266338304 = 1071644672 (10 characters, as the hex).
    assertEquals("where address = 1071644672", HexLiterals.toDecimal("where address = 0x3fe00000"));
    // 0x10 = 16: two spaces keep the ')' where it was.
    assertEquals("in (16  , 255 )", HexLiterals.toDecimal("in (0x10, 0XfF)"));
    // 12 hex digits (48 bits) take 15 decimal digits: longer, so nothing is padded.
    assertEquals("= 281474976710655", HexLiterals.toDecimal("= 0xffffffffffff"));
  }

  @Test
  void addressesFrom2To63AreTheNegativeBigintsThatStoreThem() {
    // As parse_address: 2^64 - 1 is stored as -1, 2^63 as Long.MIN_VALUE; the parentheses keep a
    // minus sign before them from making a "--" comment.
    assertEquals("-(-1)              ", HexLiterals.toDecimal("-0xffffffffffffffff"));
    assertEquals("(-9223372036854775808)", HexLiterals.toDecimal("0x8000000000000000"));
    // Above 2^64 - 1 no BIGINT holds it: the decimal stays exact (a DECIMAL literal).
    assertEquals("18446744073709551616", HexLiterals.toDecimal("0x10000000000000000"));
  }

  @Test
  void stringsQuotedNamesCommentsAndOtherWordsAreLeftAlone() {
    String sql = "select '0x10', 'it''s 0x10', \"0x10\", x0x10, a0x1, 1.0x1 -- 0x10 0x1g\n"
        + "/* 0x10 */ from t";
    assertSame(sql, HexLiterals.toDecimal(sql));
    // Backticks quote nothing for a connection (Calcite stops at them): a hex number between them is one.
    assertEquals("select `16  `", HexLiterals.toDecimal("select `0x10`"));
    // An unterminated string or comment holds the rest of the text.
    assertSame("select 'abc 0x10", HexLiterals.toDecimal("select 'abc 0x10"));
    assertSame("select 1 /* 0x10", HexLiterals.toDecimal("select 1 /* 0x10"));
  }

  @Test
  void positionsInTheDecimalTextMapBackToTheTypedOne() {
    // 0xffffffffff (12 characters) is 1099511627775 (13): kindd at column 55 as typed is at 56 in
    // the parsed text, and maps back; 2^63 (18 characters) is (-9223372036854775808) (22): 4 more.
    String sql = "select * from events where address = 0xffffffffff and kindd = 1";
    assertEquals(55, sql.indexOf("kindd") + 1);
    assertEquals(56, HexLiterals.toDecimal(sql).indexOf("kindd") + 1);
    assertEquals(55, HexLiterals.originalColumn(sql, 1, 56));
    String big = "select 1\nwhere a = 0x8000000000000000 and kindd = 1";
    assertEquals(34 + 4, HexLiterals.toDecimal(big).split("\n")[1].indexOf("kindd") + 1);
    assertEquals(34, HexLiterals.originalColumn(big, 2, 38));
    // Before the hex number, on another line, or where it is padded: nothing moves.
    assertEquals(10, HexLiterals.originalColumn(sql, 1, 10));
    assertEquals(7, HexLiterals.originalColumn(big, 1, 7));
    assertEquals(20, HexLiterals.originalColumn("select 0x10 + 1 from t where x", 1, 20));
    // Inside a longer one (columns 8 to 19 as typed, 8 to 20 parsed): at most its last character;
    // the blank after it (21 parsed) is 20 as typed.
    String inside = "select 0xffffffffff + true";
    assertEquals(10, HexLiterals.originalColumn(inside, 1, 10));
    assertEquals(19, HexLiterals.originalColumn(inside, 1, 20));
    assertEquals(20, HexLiterals.originalColumn(inside, 1, 21));
    assertEquals(26, HexLiterals.originalColumn(inside, 1, 27));
  }

  @Test
  void aWordThatStartsAsAHexNumberButIsNoneIsRefused() {
    // The parser would read 0x3fe0000g as 0 named x3fe0000g, and 0x as 0 named x, silently.
    assertEquals("0x3fe0000g is not a hex number: write 0x and hex digits (0-9, a-f)",
        assertThrows(IllegalArgumentException.class, () -> HexLiterals.toDecimal("select 0x3fe0000g")).getMessage());
    assertEquals("0x is not a hex number: write 0x and hex digits (0-9, a-f)",
        assertThrows(IllegalArgumentException.class, () -> HexLiterals.toDecimal("select 0x from t")).getMessage());
    assertEquals("0x1.5 is not a hex number: write 0x and hex digits (0-9, a-f)",
        assertThrows(IllegalArgumentException.class, () -> HexLiterals.toDecimal("select 0x1.5")).getMessage());
  }

  @Test
  void hexNumbersAfterALineCommentOrAnEStringAreNumbersAndInsideThemText() throws Exception {
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 7] Allocated 6144 bytes of L1 on device 0 (buffer_id=0x18b20)")) {
      // The quote in the // comment opens no string that would hide 0x10 (read as 0 named x10).
      assertEquals(List.of("a=1; expr$1=16"), q.rows("select 1 as a // it's\n, 0x10 from events limit 1"));
      // \' does not end an E'…' string: the 0x10 after it is outside, and the one in E'a\'b 0x10' inside.
      assertEquals(List.of("s=it's; expr$1=16"), q.rows("select E'it\\'s' as s, 0x10"));
      assertEquals("a'b 0x10", q.scalar("select E'a\\'b 0x10'"));
      // In a // comment, 0x1g is no hex number to refuse.
      assertEquals("1", q.scalar("select 1 // 0x1g\n"));
    }
  }

  @Test
  void aHexAddressFindsItsEvents() throws Exception {
    // The allocation and the free of buffer 0x18b20 (101152) on device 0; the other free is of 0x18b21.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 7] Allocated 6144 bytes of L1 on device 0 (buffer_id=0x18b20)",
        "✗ [PID 7] Freed buffer 0x18b20 on device 0 (6144 bytes, FINAL)",
        "⚠ [PID 7] Deallocation for unknown buffer 0x18b21 on device 0 (allocated before tracking started)")) {
      assertEquals("2", q.scalar("select count(*) from events where address = 0x18b20"));
      assertEquals("1", q.scalar("select count(*) from events where address = 0X18B21 and kind = 'unknown_free'"));
      assertEquals("101152", q.scalar("select 0x18b20"));
    }
  }
}
