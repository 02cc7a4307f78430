package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables on an 80-column terminal: fitted to it at first, in full after {@code .maxwidth 0}. */
class TableWidthTest {
  @TempDir Path dir;

  @Test
  void theTerminalsWidthUntilMaxwidthSaysOtherwise() throws Exception {
    // A 100-character value: cut to 76 (75 and the ellipsis) to fit 80 columns with its frame,
    // whole with .maxwidth 0, cut again with .maxwidth terminal.
    String sql = "select '" + "ab".repeat(50) + "' as stack;";
    String cut = "│ " + "ab".repeat(37) + "a… │\n";
    String whole = "│ " + "ab".repeat(50) + " │\n";
    Path log = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)");
    try (ReplFixture shell = new ReplFixture(log)) {
      shell.interpreter.runText(".mode table");
      shell.interpreter.runText(sql);
      shell.interpreter.runText(".maxwidth 0");
      shell.interpreter.runText(sql);
      shell.interpreter.runText(".maxwidth terminal");
      shell.interpreter.runText(sql);
      assertEquals(box(78, cut) + box(102, whole) + box(78, cut), shell.results.toString());
    }
  }

  /**
   * A one-column table named stack around {@code row}, {@code width} wide inside its frame (its
   * value and a blank each side).
   */
  private static String box(int width, String row) {
    return "┌" + "─".repeat(width) + "┐\n"
        + "│ stack" + " ".repeat(width - 6) + "│\n"
        + "├" + "─".repeat(width) + "┤\n"
        + row
        + "└" + "─".repeat(width) + "┘\n"
        + "1 row\n";
  }
}
