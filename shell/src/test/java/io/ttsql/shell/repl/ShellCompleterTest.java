package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers, depending on what is typed before the cursor. */
class ShellCompleterTest {
  @TempDir Path dir;
  private ReplFixture shell;

  @BeforeEach
  void open() {
    shell = new ReplFixture(QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)"));
  }

  @AfterEach
  void close() throws Exception {
    shell.close();
  }

  @Test
  void keywordsInTheCaseBeingTyped() {
    assertTrue(values("sel").contains("select"));
    assertTrue(values("SEL").contains("SELECT"));
    assertFalse(values("SEL").contains("select"));
  }

  @Test
  void tableAndColumnNames() {
    assertTrue(values("select * from ").containsAll(List.of("events", "lifetimes", "unmatched_frees", "parse_errors")));
    assertTrue(values("select end_").containsAll(List.of("end_reason", "end_seq", "end_line")));
  }

  @Test
  void ttsqlFunctionsAlsoAfterASchema() {
    assertTrue(values("select hum").containsAll(List.of("human_bytes", "hex", "stack_text", "parse_address")));
    assertTrue(values("select main.st").contains("main.stack_text"));
  }

  @Test
  void namesThatAreReservedWordsAreDoubleQuoted() {
    // events has a column time and frames a column function, both reserved words in SQL: unquoted they do not parse.
    List<String> names = values("select ");
    assertTrue(names.containsAll(List.of("\"time\"", "\"function\"", "\"module\"", "size")), names.toString());
    assertFalse(names.contains("function"), "function is offered quoted only (time is also the type keyword)");
    assertTrue(values("select frames.fu").contains("frames.\"function\""));
  }

  @Test
  void dotCommandsAndTheirArguments() {
    List<String> commands = values(".");
    assertTrue(commands.containsAll(List.of(".help", ".tables", ".schema", ".mode", ".headers", ".nullvalue", ".maxwidth",
        ".quit", ".exit")), commands.toString());
    assertTrue(values(".mode ").containsAll(List.of("table", "csv", "json", "markdown", "line")));
    assertTrue(values(".schema ").contains("lifetimes"));
    // .schema [[SCHEMA.]TABLE]: after SCHEMA. the tables offered were bare, which main.li does not start.
    assertTrue(values(".schema main.li").contains("main.lifetimes"), values(".schema main.").toString());
    assertTrue(values(".timer ").containsAll(List.of("on", "off")));
    assertEquals(List.of("on", "off"), values(".headers "));
    assertEquals(List.of("terminal", "0"), values(".maxwidth "));
  }

  @Test
  void savedQueryParametersAfterTheQueryName() {
    // .run's first argument is a query; then its parameters not given yet, each ending in = (no space after).
    assertTrue(values(".run ").contains("top-callsites"));
    assertEquals(List.of("limit="), values(".run top-callsites li"));
    assertEquals(List.of("stacks="), values(".run leak-origins server=a st"));
    List<Candidate> candidates = candidates(".run top-callsites ");
    assertFalse(candidates.get(0).complete(), "no space after limit=");
    assertEquals(List.of("limit=", "--sql"), values(".run top-callsites "));
  }

  @Test
  void fileNamesAfterTheCommandsThatReadOrWriteAFile() throws Exception {
    // Tab offered nothing after .open, .read, .output and .export, whose argument is a file name:
    // now the entries of the folder typed so far that start with the rest, as a shell offers them.
    Path runs = Files.createDirectory(dir.resolve("runs"));
    Files.writeString(runs.resolve("run1.log"), "");
    Files.writeString(runs.resolve("run2.log"), "");
    Files.writeString(runs.resolve(".hidden.log"), "");
    Files.createDirectory(runs.resolve("run3"));
    String folder = runs + "/";
    List<String> logs = List.of(folder + "run1.log", folder + "run2.log", folder + "run3/");
    assertEquals(logs, values(".open " + folder + "ru"));
    assertEquals(List.of(folder + ".hidden.log"), values(".open " + folder + "."), "hidden files once a dot is typed");
    assertEquals(List.of("server=" + folder + "run1.log"), values(".open stacks=x server=" + folder + "run1"));
    assertEquals(logs, values(".read " + folder + "r"));
    assertEquals(logs, values(".output " + folder));
    assertEquals(logs, values(".export " + folder));
    assertEquals(List.of(), values(".read " + folder + "run1.log " + folder), ".read takes one file");
    // A folder is completed with no space after it, to go on into it; a file with one.
    List<Candidate> candidates = candidates(".open " + folder + "run");
    assertTrue(candidates.get(0).complete() && !candidates.get(2).complete(), candidates.toString());
    assertEquals(List.of(), values(".open " + dir.resolve("none") + "/"), "a folder that does not exist offers nothing");
  }

  @Test
  void aParameterValueIsKeptAndASchemaParameterOffersTheLoadedSchemas() {
    // Nothing extends limit=3, so nothing is offered: JLine would otherwise replace it by the near miss limit=.
    assertEquals(List.of(), values(".run top-callsites limit=3"));
    // server names a schema: the fixture's log loads as main, the only schema.
    assertEquals(List.of("server=main"), values(".run leak-origins server="));
    assertEquals(List.of("server=main"), values(".run leak-origins server=m"));
    assertEquals(List.of(), values(".run leak-origins server=s"));
  }

  @Test
  void columnsAfterATableOrItsAlias() {
    // The word before the dot names a table, or an alias given in the statement.
    assertTrue(values("select lifetimes.end_r").contains("lifetimes.end_reason"));
    assertTrue(values("select * from lifetimes l where l.ov").contains("l.overlapped"));
    assertTrue(values("select count(*) from events as e join lifetimes as l on e.").contains("e.seq"));
    assertEquals(List.of(), values("select x."), "an unknown qualifier offers nothing");
    // Words end at parentheses and commas too, so that what follows the cursor is kept.
    assertTrue(values("select * from lifetimes l having count(l.").contains("l.overlapped"), "after count(");
    assertTrue(values("select * from lifetimes as l order by l.size,l.").contains("l.end_seq"));
    assertTrue(values("select * from events e, lifetimes l where l.").contains("l.overlapped"), "comma-joined");
    assertTrue(values("select * from main.").contains("main.lifetimes"), "after a schema: its tables");
  }

  @Test
  void columnsOfTheTablesTheStatementReadsAndOnlyTablesAfterFrom() {
    // events has kind and seq; peaks' peak_line and sources' load_millis are no use in a query
    // of events. Before the statement names a table, every table's columns are offered.
    List<String> ofEvents = values("select * from events where ");
    assertTrue(ofEvents.containsAll(List.of("kind", "seq", "size", "\"time\"")), ofEvents.toString());
    assertFalse(ofEvents.contains("peak_line") || ofEvents.contains("load_millis"), ofEvents.toString());
    List<String> joined = values("select * from events e join lifetimes l on e.seq = l.alloc_seq where ");
    assertTrue(joined.containsAll(List.of("kind", "end_reason")), joined.toString());
    assertFalse(joined.contains("peak_line"), joined.toString());
    assertTrue(values("select pe").contains("peak_line"), "no table named yet");
    // After from or join only a table can stand: no keyword, function or column.
    List<String> afterFrom = values("select * from events join ");
    assertTrue(afterFrom.containsAll(List.of("events", "lifetimes")), afterFrom.toString());
    assertFalse(afterFrom.contains("select") || afterFrom.contains("kind") || afterFrom.contains("hex"), afterFrom.toString());
  }

  @Test
  void nothingInsideAStringOrAComment() {
    // 'fre + Tab made 'frees' (a column, the quote closed for the user): a wrong constant.
    assertEquals(List.of(), values("select * from lifetimes where end_reason = 'fre"));
    assertEquals(List.of(), values("select * from lifetimes where end_reason = E'it\\'s fre"));
    assertEquals(List.of(), values("select 1 -- from li"));
    assertEquals(List.of(), values("select /* from li"));
    // A string or comment that is closed ends the quiet; a quoted name is completed as a name.
    assertTrue(values("select 'a', /* b */ end_").contains("end_reason"));
    assertTrue(values("select 1 -- note\nfrom li").contains("lifetimes"));
    assertTrue(values("select \"ti").contains("time"));
  }

  @Test
  void inAnOpenDoubleQuoteOnlyNames() {
    // JLine keeps the quote of "fu out of the word and quotes what is taken: names are offered bare,
    // and no keyword (full) or function, which a quoted name cannot be.
    List<String> quoted = values("select * from frames where \"fu");
    assertTrue(quoted.containsAll(List.of("function", "frames")), quoted.toString());
    assertFalse(quoted.contains("full") || quoted.contains("\"function\"") || quoted.contains("hex"), quoted.toString());
    // After a dot the quote is part of the word: the name is offered quoted, as typed.
    assertTrue(values("select * from frames f where f.\"sy").contains("f.\"symbol\""));
    // A closed quote is a name already: offered as before, reserved words quoted.
    assertTrue(values("select \"time\"").contains("\"time\""));
  }

  @Test
  void afterFromASchemaOffersItsTablesOnly() {
    // main.hex is a function: after from only a table can stand.
    List<String> afterFrom = values("select * from main.");
    assertTrue(afterFrom.contains("main.lifetimes"), afterFrom.toString());
    assertFalse(afterFrom.contains("main.hex"), afterFrom.toString());
  }

  /** The candidate values JLine would filter by the typed word (matching is JLine's job). */
  private List<String> values(String typed) {
    return candidates(typed).stream().map(Candidate::value).toList();
  }

  private List<Candidate> candidates(String typed) {
    SqlLineParser parser = new SqlLineParser();
    List<Candidate> candidates = new ArrayList<>();
    new ShellCompleter(shell.interpreter).complete(null, parser.parse(typed, typed.length(), ParseContext.COMPLETE), candidates);
    return candidates;
  }
}
