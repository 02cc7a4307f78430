package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code --no-header} and {@code .headers on|off}: csv, tsv, table and markdown output without their
 * row of column names; line and json, which name every value, stay as they are.
 */
class HeadersCliTest extends TwoAllocationLogTest {
  private static final String SQL = "select alloc_seq, end_seq from lifetimes order by alloc_seq";

  @Test
  void aScriptGetsJustTheNumber() {
    // n=$(ttsql --format csv --no-header -c "select count(*) from events"): three events.
    CliRun run = CliRun.of("--format", "csv", "--no-header", "-c", "select count(*) from events", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("3\n", run.out());
  }

  @Test
  void csvTsvTableAndMarkdownLeaveOutTheirHeader() {
    assertEquals("0,2\n1,\n", CliRun.of("--format", "csv", "--no-header", "-c", SQL, log).out());
    assertEquals("0\t2\n1\t\n", CliRun.of("--format", "tsv", "--no-header", "-c", SQL, log).out());
    // The table's columns are as wide as their values: the names are not there to widen them.
    assertEquals("┌───┬──────┐\n"
        + "│ 0 │    2 │\n"
        + "│ 1 │ NULL │\n"
        + "└───┴──────┘\n"
        + "2 rows\n", CliRun.of("--no-header", "-c", SQL, log).out());
    // Markdown rows without the header and its rule, to add to a table.
    assertEquals("| 0 | 2 |\n| 1 | NULL |\n", CliRun.of("--format", "markdown", "--no-header", "-c", SQL, log).out());
  }

  @Test
  void lineAndJsonNameEveryValueAndAreUnaffected() {
    for (String format : new String[] {"line", "json", "jsonl"}) {
      CliRun with = CliRun.of("--format", format, "-c", SQL, log);
      CliRun without = CliRun.of("--format", format, "--no-header", "-c", SQL, log);
      assertEquals(with.out(), without.out(), format);
    }
    assertEquals("alloc_seq = 0\n  end_seq = 2\n\nalloc_seq = 1\n  end_seq = NULL\n2 rows\n",
        CliRun.of("--format", "line", "--no-header", "-c", SQL, log).out());
  }

  @Test
  void anEmptyResultWithoutHeaderPrintsNothing() {
    String none = "select alloc_seq from lifetimes where size < 0";
    assertEquals("", CliRun.of("--format", "csv", "--no-header", "-c", none, log).out());
    assertEquals("0 rows\n", CliRun.of("--no-header", "-c", none, log).out());
  }

  @Test
  void dotCommandTurnsThemOffAndOnAndAloneSaysWhichItIs() {
    CliRun run = CliRun.withInput(".headers\n.headers off\n.headers\nselect 1 as a;\n.headers on\nselect 2 as b;\n"
        + ".headers maybe\n", "--format", "csv", log);
    assertEquals(1, run.status());
    assertEquals("1\nb\n2\n", run.out());
    assertEquals("headers: on\nheaders: off\nstdin:7: Error: usage: .headers [on|off]\n", run.err());
  }

  @Test
  void theTablesOfDotCommandsKeepTheirColumnNames() {
    // .sources describes ttsql's own state, not a result the user asked for: its names stay.
    CliRun run = CliRun.of("--format", "csv", "--no-header", "-c", ".sources", log);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("file,format,bytes,lines,events,parse_errors,read_error,load_millis\n"), run.out());
  }

  @Test
  void helpListsTheOptionAndTheCommand() {
    assertTrue(CliRun.of("--help").out().contains(
        "\n      --no-header            leave out the column names in csv, tsv, table and markdown (line and json name each"
        + " value)\n"));
    assertTrue(CliRun.withInput(".help\n", log).out().contains("\n.headers [on|off]" + " ".repeat(29)
        + "show the column names above csv, tsv, table and markdown rows (line and json name every value)\n"));
  }
}
