package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log line with terminal escapes (set the title, clear the screen, turn red) reaches people's
 * formats and messages as visible {@code \xNN} text, and the data formats byte for byte.
 */
class ControlCharactersCliTest {
  /** The hostile line: OSC title ending in BEL, erase display, red; also DEL and the C1 CSI. */
  private static final String LINE = "\u001b]0;PWNED\u0007\u001b[2J\u001b[31mred\u007f\u009b";
  private static final String SHOWN = "\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mred\\x7f\\x9b";

  @TempDir Path dir;
  private String log;

  @BeforeEach
  void writeLog() {
    log = QueryFixture.writeLog(dir, "esc.log", LINE).toString();
  }

  @Test
  void peoplesFormatsShowControlCharactersAsEscapes() {
    for (String format : new String[] {"table", "line", "markdown"}) {
      CliRun run = CliRun.of("--format", format, "-c", "select text from parse_errors", log);
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().contains(SHOWN), format + ":\n" + run.out());
      assertNoControlCharacters(run.out());
      assertNoControlCharacters(run.err());
    }
  }

  @Test
  void dataFormatsKeepTheBytesAndJsonEscapesThemAsItsSpecSays() {
    CliRun csv = CliRun.of("--format", "csv", "-c", "select text from parse_errors", log);
    // Commons CSV quotes a field that holds control characters; inside the quotes it is exact.
    assertEquals("text\n\"" + LINE + "\"\n", csv.out());
    // RFC 8259 requires U+0000..U+001F escaped; DEL and C1 may stay as they are.
    CliRun json = CliRun.of("--format", "jsonl", "-c", "select text from parse_errors", log);
    assertEquals("{\"text\":\"\\u001B]0;PWNED\\u0007\\u001B[2J\\u001B[31mred\u007f\u009b\"}\n", json.out());
  }

  @Test
  void strictErrorShowsTheLineWithEscapes() {
    CliRun run = CliRun.of("--strict", "-c", "select 1", log);
    assertEquals(2, run.status());
    assertTrue(run.err().contains("not a server log line: " + SHOWN), run.err());
    assertNoControlCharacters(run.err());
  }

  @Test
  void tableShowsLineBreaksAsMarksAndLineModeIndentsTheFurtherLines() {
    String sql = "select U&'first\\000asecond\\000d\\000athird\\000a' as stack, 7 as n";
    CliRun table = CliRun.of("-c", sql, log);
    assertTrue(table.out().contains("│ first↵second↵third↵ │ 7 │"), table.out());
    // The label column is 5 wide ("stack"), so values start at column 9, after " = "; the line
    // break that ends the value (as EXPLAIN's plan has) adds no empty line.
    CliRun line = CliRun.of("--format", "line", "-c", sql, log);
    assertEquals("stack = first\n        second\n        third\n    n = 7\n1 row\n", line.out());
  }

  private static void assertNoControlCharacters(String text) {
    assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), text);
  }
}
