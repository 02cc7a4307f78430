package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the text of {@code -c}, {@code -f} and stdin is read, the same way in each: line by line, as a script. */
class ScriptTextCliTest extends TwoAllocationLogTest {

  @Test
  void aBlockCommentGoesOnOverItsLines() throws Exception {
    // "for CI */" is the comment's second line, not SQL: only select 3 runs.
    assertEveryWay("/* leak report\n   for CI */\nselect 3 as c;\n",
        new CliRun(0, "c\n3\n", ""));
  }

  @Test
  void aBlockCommentLeftOpenHoldsTheRestOfTheText() throws Exception {
    // select 2 is inside the comment, which the text ends before closing: nothing runs after
    // select 1, and the error says what was left open, at the line where it began (line 2).
    List<CliRun> runs = runs("select 1 as a;\n/* never closed\nselect 2 as b;\n");
    for (CliRun run : runs) {
      assertEquals(1, run.status());
      assertEquals("a\n1\n", run.out());
    }
    String error = "Error: the input ends inside a comment: /* without */\n";
    assertEquals(error, runs.get(0).err());
    assertEquals("stdin:2: " + error, runs.get(1).err());
    // A string left open says so too.
    assertEquals("Error: the input ends inside a string: ' without its closing '\n",
        CliRun.of("--format", "csv", "-c", "select 'abc", log).err());
  }

  @Test
  void aDotCommandAfterTheStatementsOfALineIsACommand() throws Exception {
    // .mode markdown after "select 1 as a;" runs before select 2, and \q after "select 3 as c;"
    // quits before select 4: neither is SQL that would fail and take the next line's statement.
    assertEveryWay("select 1 as a; .mode markdown\nselect 2 as b;\nselect 3 as c; \\q\nselect 4 as d;\n",
        new CliRun(0, "a\n1\n| b |\n| ---: |\n| 2 |\n| c |\n| ---: |\n| 3 |\n", ""));
  }

  @Test
  void aDotCommandAfterAStatementTakesTheRestOfItsLineSemicolonsAndAll() throws Exception {
    // ".mode markdown;" after a statement is the command, as on its own line; ".nullvalue a;b"
    // sets the text a;b, not the command "a" and a statement "b" taking the next line.
    assertEveryWay("select 1 as x; .mode markdown;\nselect 2 as y; .nullvalue a;b\nselect null as n;\n",
        new CliRun(0, "x\n1\n| y |\n| ---: |\n| 2 |\n| n |\n| --- |\n| a;b |\n", ""));
  }

  @Test
  void aDotCommandAfterAStatementFailsNamingItsLineInAScriptOnly() throws Exception {
    List<CliRun> runs = runs("select 1 as a;\nselect 2 as b; .nope\n");
    assertEquals(new CliRun(1, "a\n1\nb\n2\n", "Error: unknown command .nope (see .help)\n"), runs.get(0));
    assertEquals(new CliRun(1, "a\n1\nb\n2\n", "stdin:2: Error: unknown command .nope (see .help)\n"), runs.get(1));
    assertEquals(new CliRun(1, "a\n1\nb\n2\n", dir.resolve("script.sql") + ":2: Error: unknown command .nope (see .help)\n"),
        runs.get(2));
  }

  /** Checks that {@code text} run as csv by {@code -c}, from stdin and by {@code -f} gives {@code expected} each time. */
  private void assertEveryWay(String text, CliRun expected) throws Exception {
    for (CliRun run : runs(text)) {
      assertEquals(expected, run);
    }
  }

  /** {@code text} run as csv by {@code -c}, from stdin and by {@code -f}. */
  private List<CliRun> runs(String text) throws Exception {
    Path script = Files.writeString(dir.resolve("script.sql"), text);
    return List.of(CliRun.of("--format", "csv", "-c", text, log), CliRun.withInput(text, "--format", "csv", log),
        CliRun.of("--format", "csv", "-f", script.toString(), log));
  }
}
