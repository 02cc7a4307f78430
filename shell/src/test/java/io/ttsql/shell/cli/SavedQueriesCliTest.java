package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.udf.Udf;
import io.ttsql.udf.UdfCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ttsql queries}, {@code ttsql run} and the shell's {@code .queries}, {@code .run}, {@code .functions}. */
class SavedQueriesCliTest {
  @TempDir Path dir;

  /** Three allocations; only dev 0 @0x2000 is freed, so net-leaks finds dev 0 @0x1000 and dev 1 @0x2000. */
  private String leaky;
  /** One allocation and its free: nothing leaks. */
  private String clean;

  @BeforeEach
  void writeLogs() {
    leaky = QueryFixture.writeLog(dir, "leaky.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 8192 bytes of L1 on device 0 (buffer_id=0x2000)",
        "✓ [PID 1] Allocated 2048 bytes of L1 on device 1 (buffer_id=0x2000)",
        "✗ [PID 1] Freed buffer 0x2000 on device 0 (8192 bytes, FINAL)").toString();
    clean = QueryFixture.writeLog(dir, "clean.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)").toString();
  }

  /** What one run printed and returned. */
  private record Result(int status, String out, String err) {}

  private static Result ttsql(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false,
        false);
    int status = Main.standard().run(argv, console);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void queriesListsEveryQueryWithItsDescription() {
    Result r = ttsql("queries");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    List<String> names = QueryLibrary.standard().names();
    assertEquals(names.size(), lines.size(), r.out());
    for (int i = 0; i < names.size(); i++) {
      String description = QueryLibrary.standard().get(names.get(i)).description();
      assertTrue(lines.get(i).startsWith(names.get(i) + " ") && lines.get(i).contains(description), lines.get(i));
    }
    assertTrue(r.out().contains("[limit=20]"), "parameters and defaults are listed");
  }

  @Test
  void runPrintsTheResultInTheChosenFormat() {
    // dev 0 @0x1000 and dev 1 @0x2000 each have one alloc and no free; dev 0 @0x2000 was freed.
    Result r = ttsql("run", "net-leaks", "--format", "csv", leaky);
    assertEquals(0, r.status(), r.err());
    assertEquals(String.join("\n",
        "device,address,address_hex,buffer_type,allocs,frees,net,distinct_sizes,sizes",
        "0,4096,0x1000,DRAM,1,0,1,1,4 KB",
        "1,8192,0x2000,L1,1,0,1,1,2 KB", ""), r.out());
  }

  @Test
  void runSqlPrintsTheStatementForDuckDbOnAnExport() throws Exception {
    Result sql = ttsql("run", "net-leaks", "--sql");
    assertEquals(0, sql.status(), sql.err());
    assertEquals(QueryLibrary.standard().get("net-leaks").bind(Map.of()) + ";\n", sql.out());
    // DuckDB runs it on an export of the log, hex included, and finds what ttsql finds (above).
    Path export = dir.resolve("leaky.duckdb");
    Result exported = ttsql("export", leaky, "--to", export.toString());
    assertEquals(0, exported.status(), exported.err());
    List<String> rows = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + export);
        Statement s = duck.createStatement();
        ResultSet rs = s.executeQuery(sql.out())) {
      while (rs.next()) {
        rows.add(rs.getString("device") + "," + rs.getString("address_hex") + "," + rs.getString("sizes"));
      }
    }
    assertEquals(List.of("0,0x1000,4 KB", "1,0x2000,2 KB"), rows);
    // Parameters are filled in; a log is refused, since nothing would read it.
    assertTrue(ttsql("run", "top-callsites", "--sql", "-p", "limit=5").out().endsWith("limit 5;\n"));
    Result withLog = ttsql("run", "net-leaks", "--sql", leaky);
    assertEquals(2, withLog.status());
    assertTrue(withLog.err().contains("run --sql prints the query and reads no log"), withLog.err());
  }

  @Test
  void runSetsParameters() {
    // long-lived lists the three allocations by how long they stayed open; limit=1 keeps the first:
    // seq 0 (open for 4 events, to the end of the log).
    Result all = ttsql("run", "long-lived", "--format", "csv", leaky);
    Result one = ttsql("run", "long-lived", "--param", "limit=1", "--format", "csv", leaky);
    Result shortOption = ttsql("run", "long-lived", "-p", "limit=1", "--format", "csv", leaky);
    assertEquals(4, all.out().lines().count(), all.out());
    assertEquals(2, one.out().lines().count(), one.out());
    assertTrue(one.out().lines().toList().get(1).endsWith(",end_of_log,4"), one.out());
    assertEquals(one.out(), shortOption.out());
  }

  @Test
  void failIfRowsExitsWith3OnlyWhenTheResultHasRows() {
    assertEquals(3, ttsql("run", "net-leaks", "--fail-if-rows", leaky).status());
    assertEquals(0, ttsql("run", "net-leaks", "--fail-if-rows", clean).status());
    assertEquals(0, ttsql("run", "net-leaks", leaky).status());
    assertEquals(3, ttsql("--fail-if-rows", "-c", "select * from lifetimes", clean).status());
    // A server log has no stacks: its leaks are leak-stacks' "(no stack)" row, which the gate sees.
    assertEquals(3, ttsql("run", "leak-stacks", "--fail-if-rows", leaky).status());
    assertEquals(0, ttsql("run", "leak-stacks", "--fail-if-rows", clean).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope", "../queries/net-leaks", "net-leaks.sql", "/etc/passwd", "..\\net-leaks", "index"})
  void unknownOrPathLikeNamesAreRejectedInOneLine(String name) {
    Result r = ttsql("run", name, leaky);
    assertEquals(2, r.status());
    assertEquals("ttsql: no saved query named " + name + " (ttsql queries lists them)\n", r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"net-leak", "NET-LEAKS", "netleaks", "leaks-by-calsite"})
  void mistypedNamesSayWhichWasMeant(String name) {
    Result r = ttsql("run", name, leaky);
    assertEquals(2, r.status());
    String meant = name.startsWith("leaks") ? "leaks-by-callsite" : "net-leaks";
    assertEquals("ttsql: no saved query named " + name + " (did you mean " + meant + "? ttsql queries lists them)\n", r.err());
    Result dot = ttsql("-c", ".run " + name, leaky);
    assertEquals("Error: no saved query named " + name + " (did you mean " + meant + "? .queries lists them)\n", dot.err());
  }

  @Test
  void badParametersAreRejectedBeforeLoading() {
    Result unknown = ttsql("run", "long-lived", "--param", "limt=1", leaky);
    assertEquals(2, unknown.status());
    assertEquals("ttsql: query long-lived has no parameter limt (parameters: limit=20)\n", unknown.err());
    Result malformed = ttsql("run", "long-lived", "--param", "limit", leaky);
    assertEquals(2, malformed.status());
    assertEquals("ttsql: a parameter is NAME=VALUE, not limit\n", malformed.err());
    // limit's default is a whole number, so it takes only whole numbers.
    Result notANumber = ttsql("run", "long-lived", "--param", "limit=many", leaky);
    assertEquals(2, notANumber.status());
    assertEquals("ttsql: parameter limit takes a whole number from 0 to 2147483647, like its default 20, not 'many'\n",
        notANumber.err());
    // LIMIT takes an INTEGER, so 2^31 is refused here rather than by Calcite's planner; --sql too.
    Result tooBig = ttsql("run", "summary", "-p", "top=2147483648", "--sql");
    assertEquals(2, tooBig.status());
    assertEquals("ttsql: parameter top takes a whole number from 0 to 2147483647, like its default 5, not '2147483648'\n",
        tooBig.err());
  }

  @Test
  void aQueryThatComparesTwoLogsSaysWhichSchemasItNeeds() {
    // leak-origins reads schemas server and stacks; one log without a name loads as main. The
    // command line gave the logs wrongly: exit status 2, as for a wrong option.
    Result r = ttsql("run", "leak-origins", leaky);
    assertEquals(2, r.status());
    assertTrue(r.err().endsWith("Error: leak-origins reads the schemas server and stacks, but server and stacks are not"
        + " loaded (loaded: main); load the logs as server=LOG stacks=LOG, or point server=SCHEMA stacks=SCHEMA at"
        + " loaded schemas\n"), r.err());
  }

  @Test
  void aQueryThatJoinsTheTwoLogsOfARunRefusesThemSwapped() {
    // The bundled samples are a server log and a buffer debug log: loaded the wrong way round,
    // leak-origins ran and matched nothing, every pid NULL. It now says which log is where, and
    // exits with status 2: the command line is wrong, not a statement.
    Result r = ttsql("run", "leak-origins", "server=sample:tt_buffer_debug.log", "stacks=sample:debug.log");
    assertEquals(2, r.status());
    assertTrue(r.err().endsWith("Error: leak-origins reads a server log as schema server, but sample:tt_buffer_debug.log"
        + " there is a buffer_debug log; load a server log as server and a buffer_debug log as stacks\n"), r.err());
    assertEquals(0, ttsql("run", "leak-origins", "server=sample:debug.log", "stacks=sample:tt_buffer_debug.log").status());
  }

  @Test
  void twoLogParametersNamingOneSchemaAreSaidToDoSo() {
    // -p stacks=server points both of leak-origins' schemas at the server log. Its check of
    // formats said "load a server log as server and a buffer_debug log as server", advice no one
    // can follow: one schema cannot be both, so the message says the two parameters name one.
    Result r = ttsql("run", "leak-origins", "-p", "stacks=server", "server=sample:debug.log",
        "stacks=sample:tt_buffer_debug.log");
    assertEquals(2, r.status());
    assertTrue(r.err().endsWith("Error: leak-origins reads a server log (server=) and a buffer_debug log (stacks=) from two"
        + " schemas, but both name schema server\n"), r.err());
  }

  @Test
  void anEmptyLogIsNoLogOfTheOtherFormat() throws IOException {
    // An empty debug log (the run had TT_BUFFER_DEBUG_LOG unset) has no format to be the wrong one:
    // leak-origins runs, and the sample's 9 leaks find no counterpart there.
    Path empty = Files.createFile(dir.resolve("tt_buffer_debug.log"));
    Result r = ttsql("run", "leak-origins", "--format", "csv", "server=sample:debug.log", "stacks=" + empty);
    assertEquals(0, r.status(), r.err());
    assertEquals(9, r.out().lines().filter(line -> line.contains(",none,")).count(), r.out());
  }

  @Test
  void aQueryOfOneLogSaysWhichSchemaItReadsWhenSeveralAreLoaded() {
    Result r = ttsql("run", "leaks-by-pid", "a=" + leaky, "b=" + leaky);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().endsWith("note: leaks-by-pid reads schema a; not b (.use SCHEMA picks another, or run it on one log at a time)\n"),
        r.err());
  }

  @Test
  void schemaParametersIgnoreCaseAsSqlNamesDo() {
    Result r = ttsql("run", "diff-leaks-by-callsite", "-p", "before=BEFORE", "before=" + leaky, "after=" + leaky);
    assertEquals(0, r.status(), r.err());
  }

  @Test
  void optionsMayComeBeforeTheSubcommand() {
    Result r = ttsql("--format", "csv", "run", "long-lived", "--param", "limit=1", leaky);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("device,address,"), r.out());
  }

  @Test
  void runNeedsAQueryName() {
    Result r = ttsql("run");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("ttsql: run needs the name of a saved query"), r.err());
  }

  @Test
  void dotCommandsListAndRunQueries() {
    Result r = ttsql("--format", "csv", "-c", ".run long-lived limit=1", "-c", ".queries", "-c", ".functions", leaky);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("device,address,address_hex,buffer_type,size,pid,callsite,alloc_line,end_line,"
        + "end_reason,events_open\n0,4096,0x1000,DRAM,4096,1,,1,,end_of_log,4\n"), r.out());
    for (String name : QueryLibrary.standard().names()) {
      assertTrue(r.out().contains("\n" + name + " "), name);
    }
    for (Udf udf : UdfCatalog.all()) {
      assertTrue(r.out().contains("\n" + udf.signature() + "  "), udf.name());
    }
  }

  @Test
  void dotRunFailuresCountForTheExitStatus() {
    Result r = ttsql("-c", ".run nope", leaky);
    assertEquals(1, r.status());
    assertEquals("Error: no saved query named nope (.queries lists them)\n", r.err());
    assertEquals(1, ttsql("-c", ".run long-lived limit=x", leaky).status());
  }
}
