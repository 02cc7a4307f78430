package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code --nullvalue} and {@code .nullvalue}: the text of SQL NULL in table, markdown and line
 * output; csv and tsv keep an empty field, json {@code null}.
 */
class NullValueCliTest extends TwoAllocationLogTest {
  /** The second allocation was never freed: its end_seq is NULL; note is NULL in both rows. */
  private static final String SQL =
      "select alloc_seq, end_seq, cast(null as varchar) as note from lifetimes order by alloc_seq";

  @Test
  void nullShowsAsNullByDefault() {
    CliRun run = CliRun.of("-c", SQL, log);
    assertEquals(0, run.status(), run.err());
    assertEquals("┌───────────┬─────────┬──────┐\n"
        + "│ alloc_seq │ end_seq │ note │\n"
        + "├───────────┼─────────┼──────┤\n"
        + "│         0 │       2 │ NULL │\n"
        + "│         1 │    NULL │ NULL │\n"
        + "└───────────┴─────────┴──────┘\n"
        + "2 rows\n", run.out());
  }

  @Test
  void theFormatsForPeopleShowTheNullValue() {
    // A null value wider than its column widens it; in markdown its | is escaped as any cell's.
    CliRun table = CliRun.of("--nullvalue", "<missing>", "-c", SQL, log);
    assertEquals(0, table.status(), table.err());
    assertEquals("┌───────────┬───────────┬───────────┐\n"
        + "│ alloc_seq │ end_seq   │ note      │\n"
        + "├───────────┼───────────┼───────────┤\n"
        + "│         0 │         2 │ <missing> │\n"
        + "│         1 │ <missing> │ <missing> │\n"
        + "└───────────┴───────────┴───────────┘\n"
        + "2 rows\n", table.out());
    CliRun markdown = CliRun.of("--format", "markdown", "--nullvalue", "n|a", "-c", SQL, log);
    assertEquals("| alloc_seq | end_seq | note |\n"
        + "| ---: | ---: | --- |\n"
        + "| 0 | 2 | n\\|a |\n"
        + "| 1 | n\\|a | n\\|a |\n", markdown.out());
    CliRun line = CliRun.of("--format", "line", "--nullvalue", "-", "-c", SQL, log);
    assertEquals("alloc_seq = 0\n  end_seq = 2\n     note = -\n\nalloc_seq = 1\n  end_seq = -\n     note = -\n2 rows\n",
        line.out());
  }

  @Test
  void csvAndTsvKeepAnEmptyFieldAndJsonNull() {
    // Data formats are read by programs: NULL stays what they expect, whatever the null value.
    assertEquals("alloc_seq,end_seq,note\n0,2,\n1,,\n", CliRun.of("--format", "csv", "--nullvalue", "-", "-c", SQL, log).out());
    assertEquals("alloc_seq\tend_seq\tnote\n0\t2\t\n1\t\t\n",
        CliRun.of("--format", "tsv", "--nullvalue", "-", "-c", SQL, log).out());
    assertEquals("{\"alloc_seq\":0,\"end_seq\":2,\"note\":null}\n{\"alloc_seq\":1,\"end_seq\":null,\"note\":null}\n",
        CliRun.of("--format", "jsonl", "--nullvalue", "-", "-c", SQL, log).out());
  }

  @Test
  void dotCommandSetsTheTextAloneShowsItQuotedAndTakesAnEmptyOne() {
    // Shown as .nullvalue reads it back: in double quotes, so that "" and blanks can be seen.
    CliRun run = CliRun.withInput(".nullvalue\n.nullvalue \"not freed\"\n.nullvalue\n.mode line\n"
        + "select end_seq from lifetimes where alloc_seq = 1;\n.nullvalue \"\"\n.nullvalue\n"
        + "select end_seq from lifetimes where alloc_seq = 1;\n.nullvalue a b\n", log);
    assertEquals(1, run.status());
    assertEquals("end_seq = not freed\n1 row\nend_seq = \n1 row\n", run.out());
    assertEquals("nullvalue: \"NULL\"\nnullvalue: \"not freed\"\nnullvalue: \"\"\n"
        + "stdin:9: Error: usage: .nullvalue [TEXT] (quote a text with spaces)\n", run.err());
  }

  @Test
  void controlCharactersInTheNullValueShowAsEscapesAsInAnyValue() {
    CliRun run = CliRun.of("--format", "line", "--nullvalue", "\u001b[2J", "-c",
        "select end_seq from lifetimes where alloc_seq = 1", log);
    assertEquals("end_seq = \\x1b[2J\n1 row\n", run.out());
  }

  @Test
  void helpListsTheOptionAndTheCommand() {
    assertTrue(CliRun.of("--help").out().contains(
        "\n      --nullvalue TEXT       show NULL as TEXT in table, markdown, line (default NULL; csv, tsv: empty; json: null)\n"));
    assertTrue(CliRun.withInput(".help\n", log).out().contains("\n.nullvalue [TEXT]" + " ".repeat(29)
        + "show NULL as TEXT in table, markdown and line modes (csv and tsv: an empty field, json: null)\n"));
  }
}
