package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.CopyDisplay;
import io.ttsql.shell.commands.DotCommand;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.repl.Interpreter;
import io.ttsql.shell.repl.LogOpener;
import io.ttsql.shell.session.ResultSink;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .export}: the loaded tables to a DuckDB file or a Parquet folder, refused as {@code ttsql export} refuses. */
class ExportDotCommandTest {
  @TempDir Path dir;

  private String serverLog() {
    return QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
  }

  /** What loading the log says first: one of its lines is deliberately not understood. */
  private String loadWarning() {
    return dir.resolve("debug.log") + ": 1 line not understood (see parse_errors)\n";
  }

  @Test
  void writesTheLoadedTablesAndReplacesThemOnlyWhenForced() throws Exception {
    Path file = dir.resolve("run.duckdb");
    Path folder = dir.resolve("parquet");
    String script = ".export " + file + "\n.export " + file + "\n.export " + file + " --force\n.export " + folder + "\n";
    CliRun run = CliRun.withInput(script, serverLog());
    // The log's 11 events, 5 lifetimes (see ExportLogs); the second export finds the file there.
    assertEquals(loadWarning() + "wrote " + file + " (DuckDB database): schema main: 11 events\n"
        + "stdin:2: Error: " + file + ": already exists (--force replaces it)\n"
        + "wrote " + file + " (DuckDB database): schema main: 11 events\n"
        + "wrote " + folder + " (Parquet files): schema main: 11 events\n", run.err());
    assertEquals(1, run.status(), "the refused export is an error");
    try (Connection duck = DuckDb.open(file); Statement s = duck.createStatement();
        ResultSet rs = s.executeQuery("select (select count(*) from events), (select count(*) from lifetimes)")) {
      rs.next();
      assertEquals(11, rs.getLong(1));
      assertEquals(5, rs.getLong(2));
    }
    assertTrue(Files.isRegularFile(folder.resolve("lifetimes.parquet")));
  }

  @Test
  void ctrlCStopsTheCopyAndWritesNothing() throws Exception {
    // Ctrl-C went unseen: the copy ran on to the end and wrote the file. Here it is pressed when the
    // copy first shows how far it has got, as the session's cancel (what the shell calls on Ctrl-C).
    Path file = dir.resolve("run.duckdb");
    StringWriter messages = new StringWriter();
    try (Session session = new Session(QueryFixture.open(serverLog()).connection(), new Settings(),
        new ResultSink(new PrintWriter(new StringWriter())), new PrintWriter(messages, true), () -> 80, false)) {
      LogOpener opener = new LogOpener() {
        @Override
        public Connection open(List<String> logs) throws CommandException {
          throw new CommandException("not in tests");
        }

        @Override
        public CopyDisplay copyDisplay() {
          return new CopyDisplay() {
            @Override
            public void update(long copied, long total) {
              session.cancel();
            }

            @Override
            public void close() {
            }
          };
        }
      };
      new Interpreter(session, DotCommands.standard(), opener, false).runText(".export " + file);
    }
    assertEquals("Error: export canceled; nothing was written to " + file + "\n", messages.toString());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("debug.log")), left.toList(), "neither the file nor the staging folder");
    }
  }

  @Test
  void aTargetThatCannotBeWrittenSaysWhy() {
    // As in ttsql export: the system's reason for the staging folder it cannot make, not its path.
    String to = dir.resolve("a".repeat(240) + ".duckdb").toString();
    CliRun run = CliRun.withInput(".export " + to + "\n", serverLog());
    assertEquals(loadWarning() + "stdin:1: Error: cannot export to " + to + ": File name too long\n", run.err());
  }

  @Test
  void aWrongUseSaysHow() {
    CliRun run = CliRun.withInput(".export\n.export a.duckdb b.duckdb\n", serverLog());
    String usage = "Error: usage: .export FILE.duckdb|FOLDER [--force] (quote a name with spaces)\n";
    assertEquals(loadWarning() + "stdin:1: " + usage + "stdin:2: " + usage, run.err());
  }

  @Test
  void tabOffersForceAfterThePath() {
    DotCommand export = DotCommands.standard().named("export").orElseThrow();
    String log = serverLog();
    assertEquals(List.of(log), export.completions(null, List.of(), dir + "/de"), "a path first");
    assertEquals(List.of("--force"), export.completions(null, List.of("run.duckdb"), ""));
    assertEquals(List.of(), export.completions(null, List.of("run.duckdb", "--force"), ""));
  }

  @Test
  void theDuckDbStoreSendsToTheExportCommand() {
    CliRun run = CliRun.withInput(".export " + dir.resolve("x.duckdb") + "\n", "--store", "duckdb", serverLog());
    assertEquals(loadWarning() + "stdin:1: Error: .export writes the tables ttsql holds in memory; on the DuckDB store, run ttsql export on the logs\n",
        run.err());
    assertTrue(Files.notExists(dir.resolve("x.duckdb")));
  }
}
