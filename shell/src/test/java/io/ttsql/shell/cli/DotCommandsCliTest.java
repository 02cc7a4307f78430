package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell's dot commands, run from a script on stdin: what they print and what they refuse. */
class DotCommandsCliTest extends TwoAllocationLogTest {

  @Test
  void openSaysWhatItLoadedAndWhichSchemasItReplaced() {
    String other = QueryFixture.writeLog(dir, "other.log",
        "✓ [PID 8] Allocated 64 bytes of L1 on device 0 (buffer_id=0x40)", "not a log line").toString();
    CliRun run = CliRun.withInput(".open server=" + other + "\n.mode csv\nselect count(*) as n from server.events;\n",
        "big=" + log);
    assertEquals(0, run.status(), run.err());
    assertEquals("n\n1\n", run.out());
    // The warning and summary are those of start-up, the summary naming the new schema; big, the
    // only schema before, is gone.
    assertEquals(other + ": 1 line not understood (see parse_errors)\n"
        + "ttsql: 1 event from server=" + other + "\n"
        + "ttsql: replaced schema big\n", run.err());
  }

  @Test
  void modeAloneSaysTheModeAsTheOtherSettingsSayTheirs() {
    CliRun run = CliRun.withInput(".mode\n.mode csv\n.mode\n.maxrows\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("mode: table\nmode: csv\nmaxrows: 0\n", run.err());
    // .help says so: the number is optional, as .headers' on|off is.
    String help = CliRun.withInput(".help\n", log).out();
    assertTrue(help.contains("\n.maxrows [N] "), help);
    assertTrue(help.contains("set the output format; alone, show the current one\n"), help);
  }

  @Test
  void useReadsAnotherSchemaForUnqualifiedTablesFunctionsAndSavedQueries() {
    // With a run's server log and debug log loaded, a saved query of one log read the first
    // schema only: leak-stacks could not reach the debug log's stacks from the shell. After .use,
    // events and leak-stacks (whose stack_text is unqualified) read stacks: the bundled debug
    // log's 46 events, and its biggest leak, the 8 trace buffers of populate_mesh_buffer.
    CliRun run = CliRun.withInput(".mode csv\n.use\n.use STACKS\n.use\nselect count(*) as n from events;\n"
        + ".run leak-stacks\n.use nope\n", "server=sample:debug.log", "stacks=sample:tt_buffer_debug.log");
    assertEquals(1, run.status(), run.err());
    List<String> out = run.out().lines().toList();
    assertEquals(List.of("n", "46"), out.subList(0, 2));
    assertTrue(out.get(3).contains(",tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer,8,"), run.out());
    assertTrue(run.err().contains("use: server (loaded: server, stacks)\nuse: stacks (loaded: server, stacks)\n"),
        run.err());
    assertTrue(run.err().endsWith("stdin:7: Error: no schema nope (loaded: server, stacks)\n"), run.err());
  }

  @Test
  void aScriptThatReadsItselfStopsTwentyFiveDeep() throws Exception {
    // It ran until the system refused to open more files (20,000 deep, a minute of output, then
    // "Too many open files"); sqlite3 stops at 25 scripts with a message that names the loop.
    Path script = dir.resolve("self.sql");
    Files.writeString(script, "select 1 as x;\n.read " + script + "\n");
    CliRun run = CliRun.withInput(".mode csv\n.read " + script + "\n", log);
    assertEquals(1, run.status(), run.err());
    assertEquals("x\n1\n".repeat(25), run.out());
    assertEquals(script + ":2: Error: .read goes 25 scripts deep: does " + script + " read itself?\n", run.err());
  }

  @Test
  void aMistypedCommandSaysWhichWasMeant() {
    CliRun run = CliRun.withInput(".tabels\n.shcema events\n.mod csv\n.frobnicate\n", log);
    assertEquals(1, run.status());
    assertEquals("stdin:1: Error: unknown command .tabels (did you mean .tables? see .help)\n"
        + "stdin:2: Error: unknown command .shcema (did you mean .schema? see .help)\n"
        + "stdin:3: Error: unknown command .mod (did you mean .mode? see .help)\n"
        + "stdin:4: Error: unknown command .frobnicate (see .help)\n", run.err());
  }

  @Test
  void runWithSqlPrintsTheFilledInSqlAsTheCommandLineDoes() {
    // The same query and parameter through run --sql: the shell must print exactly that text.
    CliRun cli = CliRun.of("run", "top-callsites", "--sql", "-p", "limit=3");
    assertEquals(0, cli.status(), cli.err());
    assertTrue(cli.out().contains("limit 3;"), cli.out());
    CliRun shell = CliRun.withInput(".run top-callsites --sql limit=3\n.run top-callsites limit=99999999999\n", log);
    assertEquals(cli.out(), shell.out());
    assertEquals("stdin:2: Error: parameter limit takes a whole number from 0 to 2147483647, like its default 20,"
        + " not '99999999999'\n", shell.err());
  }

  @Test
  void fileArgumentsTakeBackslashEscapedSpaces() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("with space"));
    String spaced = QueryFixture.writeLog(folder, "my log.log", "✓ [PID 8] Allocated 64 bytes of L1 on device 0 (buffer_id=0x40)")
        .toString();
    Files.writeString(folder.resolve("my script.sql"), "select count(*) as n from events;\n", StandardCharsets.UTF_8);
    String escaped = spaced.replace(" ", "\\ ");
    String script = folder.resolve("my script.sql").toString().replace(" ", "\\ ");
    CliRun run = CliRun.withInput(".open " + escaped + "\n.mode csv\n.read " + script + "\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("n\n1\n", run.out());
  }

  @Test
  void describeAndShowTablesAnswerAsTheirDotCommands() {
    CliRun dot = CliRun.withInput(".mode csv\n.schema lifetimes\n.tables\n", log);
    CliRun sql = CliRun.withInput(".mode csv\ndescribe lifetimes;\nSHOW TABLES;\n", log);
    assertEquals(0, sql.status(), sql.err());
    assertTrue(dot.out().startsWith("column_name,data_type,description\n"), dot.out());
    assertEquals(dot.out(), sql.out());
    // Comments around them change nothing, as around any statement.
    CliRun commented = CliRun.withInput(".mode csv\ndescribe lifetimes -- the pairs\n;\n/* all */ show tables;\n", log);
    assertEquals(0, commented.status(), commented.err());
    assertEquals(dot.out(), commented.out());
  }

  @Test
  void tablesTakesALikePatternInAnyCase() {
    // Of the tables, only stats_replay starts with stat; server_stats holds it too; none is called nothing.
    assertEquals(List.of("stats_replay"), tableNames("stat%"));
    assertEquals(List.of("server_stats", "stats_replay"), tableNames("%STAT%"));
    assertEquals(List.of(), tableNames("nothing"));
  }

  /** The table names {@code .tables PATTERN} lists, sorted. */
  private List<String> tableNames(String pattern) {
    CliRun run = CliRun.withInput(".mode csv\n.tables " + pattern + "\n", log);
    assertEquals(0, run.status(), run.err());
    return run.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).sorted().toList();
  }
}
