package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code .maxwidth}: tables on standard output are cut to fit N columns when asked; scripts, which
 * have no terminal to fit, are never cut otherwise, and {@code .output} files never.
 */
class MaxWidthCliTest extends TwoAllocationLogTest {
  /** A callsite of 35 characters and a number. */
  private static final String SQL = "select 'tt::tt_metal::Buffer::allocate_impl' as callsite, 7 as n";
  private static final String WHOLE = "┌─────────────────────────────────────┬───┐\n"
      + "│ callsite                            │ n │\n"
      + "├─────────────────────────────────────┼───┤\n"
      + "│ tt::tt_metal::Buffer::allocate_impl │ 7 │\n"
      + "└─────────────────────────────────────┴───┘\n";

  @Test
  void withoutATerminalNothingIsCut() {
    CliRun run = CliRun.of("-c", SQL, log);
    assertEquals(0, run.status(), run.err());
    assertEquals(WHOLE + "1 row\n", run.out());
  }

  @Test
  void aWidthCutsTheWidestTextAndThenLeavesOutColumns() {
    // 30 columns: the callsite is cut to 22 with an ellipsis. 20: the note does not fit even at
    // its least, so it is named under the table, in lines of at most 20 broken at spaces, and the
    // callsite is cut to 12.
    CliRun run = CliRun.withInput(".maxwidth 30\n" + SQL + ";\n.maxwidth 20\n" + SQL + ", 'more text' as note;\n"
        + ".maxwidth 0\n" + SQL + ";\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("┌────────────────────────┬───┐\n"
        + "│ callsite               │ n │\n"
        + "├────────────────────────┼───┤\n"
        + "│ tt::tt_metal::Buffer:… │ 7 │\n"
        + "└────────────────────────┴───┘\n"
        + "1 row\n"
        + "┌──────────────┬───┐\n"
        + "│ callsite     │ n │\n"
        + "├──────────────┼───┤\n"
        + "│ tt::tt_meta… │ 7 │\n"
        + "└──────────────┴───┘\n"
        + "… 1 more column:\nnote (.mode line, or\n.maxwidth 0, shows\nall)\n"
        + "1 row\n"
        + WHOLE + "1 row\n", run.out());
  }

  @Test
  void theNoteOfRowsLeftOutWrapsAtSpacesToo() {
    // Two rows, one shown: the note is 56 characters, so at 20 columns it breaks between words.
    CliRun run = CliRun.withInput(".maxrows 1\n.maxwidth 20\nselect 7 as n union all select 8;\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("┌───┐\n│ n │\n├───┤\n│ 7 │\n└───┘\n"
        + "… 1 more row not\nshown (.maxrows 0,\nor --max-rows 0,\nshows all)\n"
        + "2 rows\n", run.out());
  }

  @Test
  void aFileGetsEveryCharacter() throws Exception {
    Path file = dir.resolve("out.txt");
    CliRun run = CliRun.withInput(".maxwidth 20\n.output " + file + "\n" + SQL + ";\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals(WHOLE, Files.readString(file));
  }

  @Test
  void aloneItShowsTheWidthAndTerminalGoesBackToTheFirstOne() {
    CliRun run = CliRun.withInput(".maxwidth\n.maxwidth 120\n.maxwidth\n.maxwidth Terminal\n.maxwidth\n"
        + ".maxwidth -1\n.maxwidth wide\n", log);
    assertEquals(1, run.status());
    String usage = "Error: usage: .maxwidth N|terminal, with N a whole number of columns, 0 for no limit\n";
    assertEquals("maxwidth: terminal\nmaxwidth: 120\nmaxwidth: terminal\nstdin:6: " + usage + "stdin:7: " + usage,
        run.err());
  }

  @Test
  void helpListsTheCommand() {
    assertTrue(CliRun.withInput(".help\n", log).out().contains("\n.maxwidth [N|terminal]" + " ".repeat(24)
        + "fit tables on the screen in N columns, cutting the widest text (0: no limit; terminal: its width,"
        + " at first)\n"));
  }

  @Test
  void helpWrapsItsTextUnderItselfToFitTheWidth() {
    // The names take 46 columns with their gap, which leaves 34 of 80 for the text, broken at the
    // last space that fits: 29, 32 and exactly 34 characters, then the rest.
    String out = CliRun.withInput(".maxwidth 80\n.help\n", log).out();
    String indent = " ".repeat(46);
    assertTrue(out.contains("\n.maxwidth [N|terminal]" + " ".repeat(24) + "fit tables on the screen in N\n"
        + indent + "columns, cutting the widest text\n"
        + indent + "(0: no limit; terminal: its width,\n"
        + indent + "at first)\n"), out);
    assertTrue(out.lines().allMatch(line -> line.length() <= 80), out);
  }
}
