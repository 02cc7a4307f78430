package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line's contract with scripts and CI: output, one-line errors and exit statuses. */
class MainTest extends TwoAllocationLogTest {

  @Test
  void commandPrintsTheResultAndExitsZero() {
    CliRun run = CliRun.of("-c", "select end_reason, size from lifetimes order by alloc_seq", log);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("│ freed      │ 4096 │"), run.out());
    assertTrue(run.out().contains("│ end_of_log │ 8192 │"), run.out());
    assertTrue(run.out().endsWith("2 rows\n"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void csvIsAHeaderThenRfc4180RowsWithNullAsAnEmptyField() {
    CliRun run = CliRun.of("--format", "csv", "-c",
        "select kind, ref_count, 'say \"hi\", bye' as note from events order by seq", log);
    assertEquals(0, run.status(), run.err());
    // The free is FINAL (ref_count 0); the allocations are new keys (ref_count 1); quotes double inside quotes.
    assertEquals("kind,ref_count,note\n"
        + "alloc,1,\"say \"\"hi\"\", bye\"\n"
        + "alloc,1,\"say \"\"hi\"\", bye\"\n"
        + "free,0,\"say \"\"hi\"\", bye\"\n", run.out());
    CliRun nulls = CliRun.of("--format", "csv", "-c", "select end_seq from lifetimes order by alloc_seq", log);
    assertEquals("end_seq\n2\n\n", nulls.out());
  }

  @Test
  void csvTellsAnEmptyTextFromNullInEveryColumn() {
    // NULL is an empty field; an empty text is "" (as PostgreSQL's COPY and DuckDB write it). It
    // was "" in the first column only, where an empty field would make a blank line, and an empty
    // field like NULL's everywhere else, so a reader could not tell '' from NULL there.
    CliRun run = CliRun.of("--format", "csv", "-c",
        "select '' as a, cast(null as varchar) as b, '' as c, 'x' as d", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("a,b,c,d\n\"\",,\"\",x\n", run.out());
    // tsv quotes nothing: both stay empty fields there.
    assertEquals("a\tb\tc\td\n\t\t\tx\n", CliRun.of("--format", "tsv", "-c",
        "select '' as a, cast(null as varchar) as b, '' as c, 'x' as d", log).out());
  }

  @Test
  void jsonKeepsNumbersAndNulls() {
    CliRun run = CliRun.of("--format", "json", "-c", "select alloc_seq, end_seq, overlapped from lifetimes order by alloc_seq", log);
    assertEquals("[\n{\"alloc_seq\":0,\"end_seq\":2,\"overlapped\":false},\n"
        + "{\"alloc_seq\":1,\"end_seq\":null,\"overlapped\":false}\n]\n", run.out());
  }

  @Test
  void jsonWritesArraysAndMapsAsJsonAndMarkdownHasNoFooter() {
    CliRun json = CliRun.of("--format", "json", "-c", "select array[1, 2] as a, array['x'] as s, map['k', array[3]] as m", log);
    assertEquals("[\n{\"a\":[1,2],\"s\":[\"x\"],\"m\":{\"k\":[3]}}\n]\n", json.out());
    // A markdown table is pasted into documents: no "1 row" after it.
    CliRun markdown = CliRun.of("--format", "markdown", "-c", "select 1 as n", log);
    assertEquals("| n |\n| ---: |\n| 1 |\n", markdown.out());
  }

  @Test
  void outputToANameEndingInASlashIsRefusedAsAFolder() {
    // "out/" names a folder, as in the shell (echo > out/ fails with "Is a directory"): a file
    // named "out", which Path.of makes of it by dropping the slash, is not what was asked.
    String folder = dir.resolve("out") + "/";
    CliRun run = CliRun.withInput(".output " + folder + "\nselect 7 as n;\n", log);
    assertEquals(1, run.status());
    assertEquals("stdin:1: Error: cannot write " + folder + ": Is a directory\n", run.err());
    assertTrue(run.out().contains("│ 7 │"), "results stay on the screen: " + run.out());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void jsonWritesIntervalsAsTheOtherFormatsDoNotAsMilliseconds() {
    // The driver's object for an interval is a count of milliseconds (day to second) or months
    // (year to month): 86400000 and 24 in JSON, where csv, as SQL prints them, says +1 and +2.
    String sql = "select interval '1' day as d, interval '2' year as y, 3 as n";
    assertEquals("d,y,n\n+1,+2,3\n", CliRun.of("--format", "csv", "-c", sql, log).out());
    assertEquals("{\"d\":\"+1\",\"y\":\"+2\",\"n\":3}\n", CliRun.of("--format", "jsonl", "-c", sql, log).out());
  }

  @Test
  void outputSendsResultsToAFileAndTheFooterStaysOnTheScreen() throws Exception {
    Path file = dir.resolve("out.txt");
    CliRun run = CliRun.withInput(".output " + file + "\nselect 7 as n;\n.output\nselect 8 as m;\n", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("┌───┐\n│ n │\n├───┤\n│ 7 │\n└───┘\n", Files.readString(file));
    assertEquals("1 row\n┌───┐\n│ m │\n├───┤\n│ 8 │\n└───┘\n1 row\n", run.out());
  }

  @Test
  void unnamedColumnsAreHeadedByTheirExpressionAsTyped() {
    // Calcite calls them EXPR$0, EXPR$2; the shell shows what was typed, blanks collapsed, and
    // keeps the names given (n) or taken from a column.
    CliRun run = CliRun.of("--format", "csv", "-c", "select count(*),\n  kind,  1 +   1, 2 as n from events group by kind order by kind", log);
    assertEquals("count(*),kind,1 + 1,n", run.out().lines().findFirst().orElseThrow());
    // Double-quoted names, as the connection reads them, and the body of a WITH.
    CliRun quoted = CliRun.of("--format", "csv", "-c", "with x as (select 1 as \"a\") select \"a\" + 1 from x order by 1 limit 1", log);
    assertEquals("\"\"\"a\"\" + 1\"\n2\n", quoted.out());
    // Hex numbers keep their text, also with a 12-digit one (15 decimal digits) before them.
    CliRun hex = CliRun.of("--format", "csv", "-c", "select 0x7f0000000000 + 0, 0x10 + 1, count(*) from events where address = 0x1000", log);
    assertEquals("0x7f0000000000 + 0,0x10 + 1,count(*)\n139637976727552,17,2\n", hex.out());
    // A UNION takes the names of its first SELECT; a VALUES list's columns are col0, col1, as in DuckDB.
    CliRun union = CliRun.of("--format", "csv", "-c", "select 1 + 1, 'x' union all select 3, 'y' order by 1", log);
    assertEquals("1 + 1,'x'\n2,x\n3,y\n", union.out());
    CliRun values = CliRun.of("--format", "csv", "-c", "values (1, 2), (3, 4)", log);
    assertEquals("col0,col1\n1,2\n3,4\n", values.out());
    // A function called through its schema keeps the schema: Calcite places the call at hex.
    CliRun qualified = CliRun.of("--format", "csv", "-c", "select main.hex(16), main.hex(1) || 'x'", log);
    assertEquals("main.hex(16),main.hex(1) || 'x'\n0x10,0x1x\n", qualified.out());
  }

  @Test
  void aScriptFromStandardInputAndALogFromItNeedEachOther() {
    CliRun script = CliRun.withInput("select 5 as n;\n", "--format", "csv", "-f", "-", log);
    assertEquals("n\n5\n", script.out());
    // The SQL and the log cannot both come from standard input.
    CliRun both = CliRun.withInput("select 1;\n", "-f", "-", "-");
    assertEquals(2, both.status());
    assertTrue(both.err().startsWith("ttsql: a log read from standard input (-) needs the SQL from -c or -f FILE\n"),
        both.err());
  }

  @Test
  void sqlErrorIsOneClearLineAndExitsOne() {
    CliRun run = CliRun.of("-c", "select nonsense from events", log);
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("Error: Column 'nonsense' not found in any table (line 1, column 8)\n"), run.err());
    assertFalse(run.err().contains("at org."), "no stack trace: " + run.err());
  }

  @Test
  void mistypedTableOrColumnSaysWhichWasMeant() {
    CliRun table = CliRun.of("-c", "select * from evnts", log);
    assertEquals(1, table.status());
    assertTrue(table.err().endsWith("\nHint: did you mean events?\n"), table.err());
    CliRun column = CliRun.of("-c", "select l.sizee from lifetimes as l", log);
    assertTrue(column.err().endsWith("\nHint: did you mean size?\n"), column.err());
    CliRun far = CliRun.of("-c", "select nonsense from events", log);
    assertFalse(far.err().contains("Hint"), far.err());
  }

  @Test
  void missingLogExitsTwoNamingThePath() {
    String missing = dir.resolve("nope.log").toString();
    CliRun run = CliRun.of("-c", "select 1", missing);
    assertEquals(2, run.status());
    assertEquals("ttsql: cannot read log " + missing + ": no such file\n", run.err());
  }

  @Test
  void directoryExitsTwo() {
    CliRun run = CliRun.of("-c", "select 1", dir.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains(dir + ": is a directory"), run.err());
  }

  @Test
  void unknownOptionAndUnknownFormatExitTwo() {
    assertEquals(2, CliRun.of("--frobnicate", log).status());
    CliRun run = CliRun.of("--format", "xml", "-c", "select 1", log);
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("ttsql: unknown format xml"), run.err());
  }

  @Test
  void mistypedOptionOrSubcommandSaysWhatWasMeant() {
    CliRun option = CliRun.of("--formt", "csv", "-c", "select 1", log);
    assertEquals(2, option.status());
    assertTrue(option.err().startsWith("ttsql: unknown option --formt (did you mean --format?)\n"), option.err());
    CliRun subcommand = CliRun.of("quries");
    assertEquals(2, subcommand.status());
    assertTrue(subcommand.err().startsWith("ttsql: quries is no subcommand, nor a log file (did you mean ttsql queries?)\n"),
        subcommand.err());
    // A word far from every subcommand is a log that cannot be read, as before.
    String missing = dir.resolve("nope.log").toString();
    assertEquals("ttsql: cannot read log " + missing + ": no such file\n", CliRun.of(missing).err());
  }

  @Test
  void failIfRowsExitsThreeOnlyWhenAResultHasRows() {
    assertEquals(3, CliRun.of("--fail-if-rows", "-c", "select * from lifetimes where end_reason <> 'freed'", log).status());
    assertEquals(0, CliRun.of("--fail-if-rows", "-c", "select * from lifetimes where size > 100000", log).status());
  }

  @Test
  void stdinIsReadAsAScriptWithDotCommands() {
    CliRun run = CliRun.withInput("select count(*) as n from events;\n.mode csv\nselect size\nfrom allocations\norder by seq;\n", log);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("│ 3 │"), run.out());
    assertTrue(run.out().endsWith("size\n4096\n8192\n"), run.out());
  }

  @Test
  void aCommandTextIsReadLikeAScriptWithDotCommandsOnTheirOwnLines() {
    // -c runs its lines as -f would: .mode csv on the first line, then a statement over two
    // lines; an error names no file and line, as there is none.
    CliRun run = CliRun.of("-c", ".mode csv\nselect size\nfrom allocations order by seq;\nselect nope", log);
    assertEquals(1, run.status());
    assertEquals("size\n4096\n8192\n", run.out());
    assertTrue(run.err().startsWith("Error: Column 'nope' not found in any table (line 1, column 8)\n"), run.err());
  }

  @Test
  void failuresOfTheQuerysArithmeticAreOneLineAndTheScriptGoesOn() {
    // 1/0 is a constant, which Calcite evaluates while initialising its generated code; the other
    // two fail row by row. Each is one line in SQL's words, and the statements after them run.
    // Arithmetic beyond a BIGINT or an INTEGER fails too, as in PostgreSQL and DuckDB: it wrapped
    // around to -9223372036854775808, and 4096 * 10^16 to a plausible 3106511852580896768.
    CliRun run = CliRun.of("--format", "csv", "-c",
        "select 1/0; select size / 0 from events; select cast(kind as integer) from events;"
            + " select cast('9999999999' as integer); select 9223372036854775807 + 1;"
            + " select size * 10000000000000000 from events; select pid * 2147483647 from events;"
            + " select 42 as answer", log);
    assertEquals(1, run.status());
    assertEquals("Error: division by zero\nError: division by zero\nError: not a number: \"alloc\"\n"
        + "Error: number out of range: \"9999999999\"\nError: BIGINT out of range\nError: BIGINT out of range\n"
        + "Error: INTEGER out of range\n", run.err());
    assertEquals("answer\n42\n", run.out());
  }

  @Test
  void aFailureOfAFunctionIsSaidOnceWithoutTheDriversWrapper() {
    // The driver says "Error while executing SQL: <reason>" for a failure of the statement's own
    // code; the shell already says "Error: ", so the reason follows it alone, as for 1/0 above.
    CliRun run = CliRun.of("--format", "csv", "-c",
        "select ln(0); select regexp_replace('a', '(', 'b'); select 42 as answer", log);
    assertEquals(1, run.status());
    assertEquals("Error: Cannot take logarithm of zero or negative number\n"
        + "Error: Unclosed group near index 1\n", run.err());
    assertEquals("answer\n42\n", run.out());
  }

  @Test
  void statementsTooBigForThePlannerFailInOneLine() {
    // 20000 additions overflow Calcite's recursion on any stack, and an IN list of 20000 numbers
    // becomes generated code over the JVM's 64 KB a method: each is one line, the statement after
    // them runs, and no stack trace is printed.
    String deep = "select " + "1+".repeat(20000) + "1";
    String wide = "select count(*) from events where address in ("
        + java.util.stream.IntStream.range(0, 20000).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(","))
        + ")";
    CliRun run = CliRun.of("--format", "csv", "-c", deep + "; " + wide + "; select 42 as answer", log);
    assertEquals(1, run.status());
    assertEquals("Error: the statement is nested too deeply to plan; split it, or write a long OR chain as IN (…)\n"
        + "Error: Error while compiling generated Java code: Code grows beyond 64 KB\n", run.err());
    assertEquals("answer\n42\n", run.out());
  }

  @Test
  void rowCountsBeyondAnIntFailInOneLine() {
    // Calcite's plans hold LIMIT and OFFSET as ints; beyond one it printed its plan's description
    // (Unable to implement EnumerableLimit(fetch=[3000000000:BIGINT]): rowcount = …).
    CliRun run = CliRun.of("--format", "csv", "-c", "select * from events limit 3000000000;"
        + " select * from events offset 3000000000 rows; select size from events order by size limit 0x1", log);
    assertEquals(1, run.status());
    assertEquals("Error: LIMIT 3000000000 is beyond the largest row count, 2147483647\n"
        + "Error: OFFSET 3000000000 is beyond the largest row count, 2147483647\n", run.err());
    assertEquals("size\n4096\n", run.out());
  }

  @Test
  void tsvQuotesNothingAndEscapesTabsLineBreaksAndBackslashes() {
    // cut and awk split TSV by tabs: no value is quoted, not even one with a quote or outer
    // blanks, and a tab, a line break or a backslash inside a value is written \t, \n or \\.
    CliRun run = CliRun.of("--format", "tsv", "-c",
        "select 'a\tb' as tab, 'one\ntwo' as lines, 'c:\\x' as slash, ' q\"x ' as kept, cast(null as varchar) as nothing", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("tab\tlines\tslash\tkept\tnothing\na\\tb\tone\\ntwo\tc:\\\\x\t q\"x \t\n", run.out());
  }

  @Test
  void doublesReadWithoutAnExponentWhereTheirDigitsAreFew() {
    // Java writes 12345678.0 as 1.2345678E7; people read 12345678 (as psql shows it). 1e20 has too
    // many digits to write plainly and keeps its exponent; csv keeps what SQL returns.
    String sql = "select cast(12345678 as double) as a, cast(0.5 as double) as b, cast(1e20 as double) as c";
    assertEquals("a = 12345678\nb = 0.5\nc = 1.0E20\n1 row\n", CliRun.of("--format", "line", "-c", sql, log).out());
    assertEquals("a,b,c\n1.2345678E7,0.5,1.0E20\n", CliRun.of("--format", "csv", "-c", sql, log).out());
  }

  @Test
  void anErrorAfterALongHexNumberPointsAtWhatWasTyped() {
    // 0xffffffffff is parsed as 1099511627775, a character longer: kindd is still at column 55.
    CliRun run = CliRun.of("-c", "select * from events where address = 0xffffffffff and kindd = 1", log);
    assertEquals("Error: Column 'kindd' not found in any table (line 1, column 55)\n"
        + "  select * from events where address = 0xffffffffff and kindd = 1\n"
        + "                                                        ^^^^^\n"
        + "Hint: did you mean kind?\n", run.err());
  }

  @Test
  void addressesShowInHexByTheirNames() {
    // A BIGINT column named address, ..._address or buffer_ptr shows in hex (0x1000), whatever it
    // holds; under another name an address is a number (4096), as JDBC names columns by labels.
    CliRun run = CliRun.of("--format", "line", "-c", "select address, address + 0 as end_address, address as a,"
        + " buffer_ptr from events where address = 0x1000 limit 1", log);
    assertEquals("    address = 0x1000\nend_address = 0x1000\n          a = 4096\n buffer_ptr = NULL\n1 row\n",
        run.out());
  }

  @Test
  void hexAddressesAreNumbersInSqlAndAQuotedOneGetsAHint() {
    // 0x1000 is the number 4096, as parse_address('0x1000') is; the string '0x1000' compared with
    // the BIGINT address is not a number, and the hint says to drop the quotes.
    // A mistyped one is refused rather than read as 0 named by the rest.
    CliRun run = CliRun.of("--format", "csv", "-c", "select count(*) as n from events where address = 0x1000;"
        + " select count(*) from events where address = '0x1000'; select 0x100g; select count(*) as n from events"
        + " where address = parse_address('0x1000')", log);
    assertEquals(1, run.status());
    assertEquals("Error: not a number: \"0x1000\"\n"
        + "Hint: a quoted address is text: write it without quotes, as 0x1000\n"
        + "Error: 0x100g is not a hex number: write 0x and hex digits (0-9, a-f)\n", run.err());
    // The allocation and the free of 0x1000 on device 0, found both ways.
    assertEquals("n\n2\nn\n2\n", run.out());
  }

  @Test
  void writesAreRefusedAsReadOnlyAndPsqlsBackslashCommandsWork() {
    // The first keyword decides, after blanks and comments: DELETE and INSERT are refused in one
    // line each; \\dt lists the tables (events among them) and \\d events its columns.
    CliRun run = CliRun.withInput("delete from events;\n/* x */ -- y\n insert into events select * from events;\n"
        + "\\dt\n\\d events\n", "--format", "csv", log);
    assertEquals(1, run.status());
    assertEquals("stdin:1: Error: ttsql is read-only: DELETE is not supported (the tables are the logs'; ttsql export"
        + " writes a DuckDB copy to change)\nstdin:3: Error: ttsql is read-only: INSERT is not supported (the tables are"
        + " the logs'; ttsql export writes a DuckDB copy to change)\n", run.err());
    assertTrue(run.out().contains("\nevents,every event in log order\n"), run.out());
    assertTrue(run.out().contains("\nkind,VARCHAR,"), run.out());
  }

  @Test
  void aScriptsErrorsNameTheScriptsLines() {
    // The failing statement starts on line 4, after a statement and two blank lines; its unknown
    // column is on line 5 of the script. The one after it shares line 6 with the end of the
    // second statement ("from events; select oops2"), and its error is on line 7.
    String script = "select 1 as n;\n\n\nselect\n  nope\nfrom events; select\n oops2;\n";
    CliRun run = CliRun.withInput(script, "--format", "csv", log);
    assertEquals(List.of("stdin:4: Error: Column 'nope' not found in any table (line 5, column 3)", "    nope", "    ^^^^",
        "stdin:6: Error: Column 'oops2' not found in any table (line 7, column 2)", "   oops2", "   ^^^^^"),
        run.err().lines().toList());
  }

  @Test
  void bailStopsAtTheFirstErrorWithStatusOne() {
    String script = "select oops from events;\nselect 42 as answer;\n";
    CliRun going = CliRun.withInput(script, "--format", "csv", log);
    assertEquals(1, going.status());
    assertTrue(going.out().contains("42"), "without --bail the script goes on");
    assertTrue(going.err().startsWith("stdin:1: Error: Column 'oops' not found"), going.err());
    CliRun bailing = CliRun.withInput(script, "--format", "csv", "--bail", log);
    assertEquals(1, bailing.status());
    assertFalse(bailing.out().contains("42"), "--bail stops before the second statement");
  }

  @Test
  void scriptFileRunsWithMinusF() throws Exception {
    Path script = dir.resolve("q.sql");
    java.nio.file.Files.writeString(script, "-- a comment; with a semicolon\nselect count(*) as n from lifetimes;\n");
    CliRun run = CliRun.of("--format", "csv", "-f", script.toString(), log);
    assertEquals(0, run.status(), run.err());
    assertEquals("n\n2\n", run.out());
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("-c, --command SQL"), help.out());
    assertEquals("ttsql " + Ttsql.VERSION + "\n", CliRun.of("--version").out());
    // A subcommand's help shows its usage and the options it takes, not every command's.
    CliRun runHelp = CliRun.of("run", "--help");
    assertEquals(0, runHelp.status());
    assertTrue(runHelp.out().contains("  ttsql run QUERY") && runHelp.out().contains("--fail-if-rows"), runHelp.out());
    assertFalse(runHelp.out().contains("ttsql export") || runHelp.out().contains("--command"), runHelp.out());
  }

  @Test
  void linesNotUnderstoodAreCountedOnStderrAndStrictFailsOnThem() throws Exception {
    Path mixed = dir.resolve("mixed.log");
    java.nio.file.Files.writeString(mixed, "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)\n"
        + "[812ms] L1 Peak on device 0: 12 KB\n");
    CliRun lenient = CliRun.of("-c", "select count(*) as n from events", mixed.toString());
    assertEquals(0, lenient.status());
    assertEquals(mixed + ": 1 line not understood (see parse_errors)\n", lenient.err());
    CliRun strict = CliRun.of("--strict", "-c", "select count(*) as n from events", mixed.toString());
    assertEquals(2, strict.status());
    assertEquals("ttsql: " + mixed + ":2: not a server log line: [812ms] L1 Peak on device 0: 12 KB\n", strict.err());
  }

  @Test
  void theBundledSampleIsUsedWhenNoLogIsGiven() {
    CliRun run = CliRun.of("--format", "csv", "-c", "select file, format from sources");
    assertEquals(0, run.status(), run.err());
    assertEquals("file,format\nsample:debug.log,server\n", run.out());
  }

  @Test
  void runningOutOfMemoryIsOneLineNotAStackTrace() {
    // A large binary file given by mistake keeps a parse error per line of junk, and the heap
    // fills: the Error escaped Main with its Java stack trace. It is one line saying what to do.
    Subcommand greedy = new Subcommand() {
      @Override
      public String name() {
        return "";
      }

      @Override
      public String usage() {
        return "";
      }

      @Override
      public Set<CliOption> options() {
        return Set.of();
      }

      @Override
      public int run(CliArgs args, Console console) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
    assertEquals(1, new Main(List.of(greedy)).run(new String[0], console));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.matches("ttsql: out of memory: the Java heap of \\d+ MB is full"
        + " \\(give Java more, e\\.g\\. TTSQL_JAVA_OPTS=-Xmx8g for bin/ttsql\\)\n"), message);
  }
}
