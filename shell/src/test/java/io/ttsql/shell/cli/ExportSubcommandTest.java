package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ttsql export}: what it writes, what it refuses, and its exit statuses. */
class ExportSubcommandTest {
  @TempDir Path dir;
  private String server;
  private String debug;

  @BeforeEach
  void writeLogs() {
    server = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    debug = QueryFixture.writeLog(dir, "tt_buffer_debug.log", ExportLogs.debugLog().toArray(String[]::new)).toString();
  }

  private static String scalar(Path database, String sql) throws Exception {
    try (DuckDBConnection duck = DuckDb.open(database); Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesADuckDbDatabaseWithASchemaPerName() throws Exception {
    Path file = dir.resolve("run.duckdb");
    CliRun run = CliRun.of("export", server, "stacks=" + debug, "--to", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("wrote " + file + " (DuckDB database): "), run.out());
    assertTrue(run.out().contains("schema main: 11 events") && run.out().contains("schema stacks: 4 events"), run.out());
    assertEquals(server + ": 1 line not understood (see parse_errors)\n", run.err());
    assertEquals("1", scalar(file, "select count(*) from lifetimes where end_reason = 'end_of_log'"));
    assertEquals("ttnn::operations::matmul::Matmul::create_output_tensors",
        scalar(file, "select callsite from stacks.lifetimes where end_reason = 'end_of_log'"));
  }

  @Test
  void suppressionsMarkTheExportedLeaksAsTheyDoInTtsql() throws Exception {
    // The debug log's one leak is Matmul's: the file's pattern accepts it, so the export's
    // lifetimes say so, and the leak queries run on the export leave it out as ttsql's do.
    Path supp = Files.writeString(dir.resolve("known.supp"), "leak:Matmul\n");
    Path file = dir.resolve("run.duckdb");
    CliRun run = CliRun.of("export", debug, "--suppressions", supp.toString(), "--to", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("true Matmul", scalar(file,
        "select suppressed || ' ' || suppressed_by from lifetimes where end_reason = 'end_of_log'"));
  }

  @Test
  void writesAParquetFilePerTableIntoAFolder() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("export", server, "--to", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("wrote " + out + " (Parquet files): schema main: 11 events\n", run.out());
    assertEquals(List.of("addresses.parquet", "allocations.parquet", "deallocations.parquet", "events.parquet", "frames.parquet",
        "lifetimes.parquet", "parse_errors.parquet", "peaks.parquet", "server_stats.parquet", "sources.parquet",
        "stats_replay.parquet", "unmatched_frees.parquet"), names(out));
  }

  @Test
  void refusesToOverwriteUnlessForced() throws Exception {
    Path file = dir.resolve("run.duckdb");
    Files.writeString(file, "not mine to lose", StandardCharsets.UTF_8);
    CliRun refused = CliRun.of("export", server, "--to", file.toString());
    assertEquals(2, refused.status());
    assertEquals("ttsql: " + file + ": already exists (--force replaces it)\n", refused.err());
    assertEquals("not mine to lose", Files.readString(file, StandardCharsets.UTF_8));
    CliRun forced = CliRun.of("export", server, "--to", file.toString(), "--force");
    assertEquals(0, forced.status(), forced.err());
    assertEquals("11", scalar(file, "select count(*) from events"));
  }

  @Test
  void refusesASymbolicLinkEvenWhenForced() throws Exception {
    Path real = Files.writeString(dir.resolve("real.duckdb"), "kept", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.duckdb"), real);
    CliRun run = CliRun.of("export", server, "--to", link.toString(), "--force");
    assertEquals(2, run.status());
    assertEquals("ttsql: cannot export to " + link + ": is a symbolic link, which ttsql does not write through\n", run.err());
    assertEquals("kept", Files.readString(real, StandardCharsets.UTF_8));
  }

  @Test
  void aTargetThatCannotBeWrittenSaysWhyBeforeLoading() {
    // No folder named 240 letters and the staging suffix fits in 255 bytes, so the target is
    // refused with the system's reason, not the staging folder's path, and before the missing log
    // would be reported.
    String to = dir.resolve("a".repeat(240) + ".duckdb").toString();
    CliRun run = CliRun.of("export", dir.resolve("missing.log").toString(), "--to", to);
    assertEquals(2, run.status());
    assertEquals("ttsql: cannot export to " + to + ": File name too long\n", run.err());
  }

  @Test
  void badCommandLinesExitTwo() {
    CliRun noTarget = CliRun.of("export", server);
    assertEquals(2, noTarget.status());
    assertTrue(noTarget.err().startsWith("ttsql: export needs --to FILE.duckdb or --to FOLDER\n"), noTarget.err());
    CliRun parquetFile = CliRun.of("export", server, "--to", dir.resolve("run.parquet").toString());
    assertEquals(2, parquetFile.status());
    assertTrue(parquetFile.err().endsWith("a Parquet export is a folder with one file per table: name the folder\n"),
        parquetFile.err());
    assertEquals(2, CliRun.of("export", server, "--to", dir.resolve("x.duckdb").toString(), "-c", "select 1").status());
    assertEquals(2, CliRun.of("export", dir.resolve("missing.log").toString(), "--to", dir.resolve("x.duckdb").toString()).status());
  }

  @Test
  void anEmptyTargetIsRefusedLikeAMissingOne() throws Exception {
    // Path.of("") is the working folder, which --force would replace.
    CliRun run = CliRun.of("export", server, "--to", "");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("ttsql: export needs --to FILE.duckdb or --to FOLDER\n"), run.err());
  }

  @Test
  void aSchemaNameDuckDbKeepsIsRefusedBeforeLoading() {
    Path file = dir.resolve("run.duckdb");
    CliRun run = CliRun.of("export", "INFORMATION_SCHEMA=" + dir.resolve("missing.log"), "--to", file.toString());
    assertEquals(2, run.status());
    assertEquals("ttsql: schema name INFORMATION_SCHEMA is reserved in a DuckDB database; choose another NAME=\n", run.err());
    assertTrue(Files.notExists(file));
    // memory is the catalog of DuckDB's in-memory database, also open during an export.
    assertEquals(2, CliRun.of("export", "memory=" + server, "--to", file.toString()).status());
  }
}
