package io.ttsql.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.testing.CanonicalResult;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of every table to a DuckDB file and to Parquet files: same names, types, nullability and rows. */
class TraceExportTest {
  /** The tables the export must hold at least (issue 7); the derived tables come on top. */
  private static final List<String> REQUIRED =
      List.of("events", "allocations", "deallocations", "frames", "lifetimes", "unmatched_frees", "server_stats",
          "parse_errors", "sources");

  /** Every column of the ttsql tables: table, name, type, nullable. */
  private static final String TTSQL_COLUMNS =
      "select table_name, column_name, data_type, nullable from ttsql_columns where table_name not like 'ttsql%'";

  @TempDir Path dir;

  private static CanonicalResult query(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return CanonicalResult.read(rs);
    }
  }

  /** The same as {@link #TTSQL_COLUMNS}, as DuckDB describes the tables of {@code schema}. */
  private static String duckColumns(String schema) {
    return "select table_name, column_name, data_type, is_nullable = 'YES' from information_schema.columns"
        + " where table_schema = '" + schema + "'";
  }

  @Test
  void aDuckDbFileHoldsEveryTableOfEverySchemaWithItsColumnsAndComments() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir))) {
      Path file = dir.resolve("run.duckdb");
      TraceExport.export(q.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
      try (Connection duck = DuckDb.open(file)) {
        CanonicalResult expected = query(q.connection(), TTSQL_COLUMNS);
        assertTrue(tables(q).containsAll(REQUIRED), tables(q).toString());
        assertEquals(expected.rows(), query(duck, duckColumns("main")).rows());
        assertEquals(expected.rows(), query(duck, duckColumns("stacks")).rows());
        assertEquals(List.of("freed, process_exit, end_of_log or server_restart"),
            query(duck, "select comment from duckdb_columns() where schema_name = 'stacks'"
                + " and table_name = 'lifetimes' and column_name = 'end_reason'").rows());
        assertEquals(List.of("4 | 2 | 11"),
            query(duck, "select (select count(*) from stacks.events), (select count(*) from stacks.lifetimes),"
                + " (select count(*) from stacks.frames)").rows());
      }
      assertEquals(List.of("run.duckdb"), names(dir, ".duckdb"));
    }
  }

  @Test
  void aTableOfManyVectorsArrivesWholeAndInLogOrder() throws Exception {
    // DuckDB takes rows 2,048 at a time: 5,000 allocations fill two vectors and part of a third.
    // Sizes 4096 + i sum to 5,000 * 4,096 + (0 + ... + 4,999) = 20,480,000 + 12,497,500.
    String[] lines = new String[5000];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = "✓ [PID 7] Allocated " + (4096 + i) + " bytes of L1 on device " + i % 8 + " (buffer_id=" + 4096L * i + ")";
    }
    try (QueryFixture q = QueryFixture.open(QueryFixture.writeLog(dir, "many.log", lines).toString())) {
      Path file = dir.resolve("many.duckdb");
      // Progress counts the rows of every table: the copy is done when all are told.
      long rows = 0;
      for (String table : tables(q)) {
        rows += Long.parseLong(q.rows("select count(*) as n from " + table).get(0).substring("n=".length()));
      }
      LongAccumulator mostCopied = new LongAccumulator(Math::max, 0);
      Set<Long> totals = ConcurrentHashMap.newKeySet();
      TraceExport.export(q.connection(), ExportTarget.of(file.toString(), false), (copied, total) -> {
        mostCopied.accumulate(copied);
        totals.add(total);
      });
      assertEquals(Set.of(rows), totals);
      assertEquals(rows, mostCopied.get());
      try (Connection duck = DuckDb.open(file)) {
        assertEquals(List.of("5000 | 32977500"), query(duck, "select count(*), sum(size) from events").rows());
        // Row i of DuckDB's table is event i: the vectors came in the table's order.
        assertEquals(List.of("0"), query(duck, "select count(*) from events where rowid <> seq").rows());
        for (String table : List.of("events", "lifetimes", "allocations")) {
          assertEquals(query(q.connection(), "select * from " + table), query(duck, "select * from " + table), table);
        }
      }
      // The same in a Parquet file, which DuckDB writes as it reads the table.
      Path folder = dir.resolve("many");
      TraceExport.export(q.connection(), ExportTarget.of(folder.toString(), false), CopyProgress.NONE);
      try (Connection duck = DuckDb.inMemory()) {
        String events = "read_parquet('" + folder.resolve("events.parquet") + "', file_row_number = true)";
        assertEquals(List.of("5000 | 32977500 | 0"), query(duck,
            "select count(*), sum(size), count(*) filter (where file_row_number <> seq) from " + events).rows());
        assertEquals(query(q.connection(), "select * from lifetimes"),
            query(duck, "select * from '" + folder.resolve("lifetimes.parquet") + "'"));
      }
    }
  }

  @Test
  void aDuckDbFileIsInTheStorageFormatOfDuckDbOne() throws Exception {
    // DuckDB 2.0's own format (69) was unreadable to DuckDB 1.x, which Python's duckdb package
    // often is: the file's header, after an 8-byte checksum and "DUCK", gives its storage version
    // as a little-endian 64-bit number, 64 for DuckDB 1.0's.
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir))) {
      Path file = dir.resolve("run.duckdb");
      TraceExport.export(q.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
      ByteBuffer header = ByteBuffer.wrap(Arrays.copyOf(Files.readAllBytes(file), 20)).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals("DUCK", new String(header.array(), 8, 4, StandardCharsets.US_ASCII));
      assertEquals(64, header.getLong(12));
    }
  }

  @Test
  void aDatabaseFileMayHaveASemicolonOrAQuoteInItsPath() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir))) {
      Path file = Files.createDirectory(dir.resolve("run;1 'final'")).resolve("run.duckdb");
      TraceExport.export(q.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
      try (Connection duck = DuckDb.open(file)) {
        assertEquals(List.of("11"), query(duck, "select count(*) from events").rows());
      }
    }
  }

  @Test
  void aParquetFolderHoldsAFilePerTableAndAFolderPerNamedSchema() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir))) {
      Path out = dir.resolve("out");
      TraceExport.export(q.connection(), ExportTarget.of(out + "/", false), CopyProgress.NONE);
      List<String> tables = tables(q);
      assertTrue(tables.containsAll(REQUIRED), tables.toString());
      List<String> expectedFiles = new ArrayList<>();
      tables.forEach(t -> expectedFiles.add(t + ".parquet"));
      expectedFiles.add("stacks");
      assertEquals(expectedFiles.stream().sorted().toList(), names(out, ""));
      assertEquals(tables.stream().map(t -> t + ".parquet").sorted().toList(), names(out.resolve("stacks"), ""));
      try (Connection duck = DuckDb.inMemory()) {
        for (String table : tables) {
          // Rows and column order (stacks), and types (main); Parquet as DuckDB writes it keeps no NOT NULL.
          assertEquals(query(q.connection(), "select * from stacks." + table),
              query(duck, "select * from '" + out.resolve("stacks/" + table + ".parquet") + "'"), table);
          String file = out.resolve(table + ".parquet").toString();
          assertEquals(
              query(q.connection(), "select column_name, data_type from ttsql_columns where table_name = '" + table + "'").rows(),
              query(duck, "select column_name, column_type from (describe select * from '" + file + "')").rows(), table);
        }
      }
    }
  }

  /** The data tables of the connection's default schema (the self-describing ttsql_* ones left out). */
  private static List<String> tables(QueryFixture q) {
    return q.rows("select table_name from ttsql_tables where table_name not like 'ttsql%'").stream()
        .map(row -> row.substring(row.indexOf('=') + 1)).toList();
  }

  private static List<String> names(Path folder, String suffix) throws Exception {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
    }
  }
}
