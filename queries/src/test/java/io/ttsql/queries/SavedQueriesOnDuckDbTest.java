package io.ttsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.export.ExportTarget;
import io.ttsql.engine.export.TraceExport;
import io.ttsql.engine.testing.DuckDbComparison;
import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import io.ttsql.engine.testing.DuckDbComparison.Outcome;
import io.ttsql.engine.testing.DuckDbComparison.Verdict;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query of the library, with its defaults, gives the same answer through ttsql and
 * through DuckDB on a DuckDB export of the same logs: the bundled samples and the golden logs,
 * each with the server log and with the buffer debug log as the default schema.
 */
class SavedQueriesOnDuckDbTest {
  /**
   * Saved queries that DuckDB cannot run, each with the reason; any other query that DuckDB
   * rejects fails the test, and so does a query listed here that DuckDB runs. None today.
   */
  private static final Map<String, String> NOT_ON_DUCKDB = Map.of();

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir Path dir;

  /**
   * The logs as a {@code jdbc:ttsql:} spec, and the default schema: the server log as {@code main},
   * the debug log as {@code stacks}, and the schemas the two-log queries name by default: {@code
   * server} (the same server log, joined with {@code stacks} by leak-origins), and {@code before}
   * and {@code after} (two runs, compared by the diffs).
   */
  record Logs(String spec, String schema) {
    @Override
    public String toString() {
      return spec + " in " + schema;
    }
  }

  static List<Logs> logs() {
    List<Logs> logs = new ArrayList<>();
    String runs = ";before=" + GOLDEN.resolve("before.log") + ";after=" + GOLDEN.resolve("after.log");
    for (String spec : List.of(
        "sample:debug.log;stacks=sample:tt_buffer_debug.log;server=sample:debug.log" + runs,
        GOLDEN.resolve("pair-debug.log") + ";stacks=" + GOLDEN.resolve("pair-tt_buffer_debug.log") + ";server="
            + GOLDEN.resolve("pair-debug.log") + runs,
        GOLDEN.resolve("server.log") + ";stacks=" + GOLDEN.resolve("tt_buffer_debug.log") + ";server="
            + GOLDEN.resolve("server.log") + runs)) {
      logs.add(new Logs(spec, "main"));
      logs.add(new Logs(spec, "stacks"));
    }
    return logs;
  }

  @ParameterizedTest
  @MethodSource("logs")
  void everySavedQueryGivesTheSameAnswerOnDuckDb(Logs logs) throws Exception {
    try (QueryFixture ttsql = open(logs); DuckDbComparison comparison = DuckDbComparison.of(ttsql.connection(), dir)) {
      List<Outcome> outcomes = comparison.compareAll(savedQueries());
      List<String> wrong = new ArrayList<>();
      for (Outcome outcome : outcomes) {
        boolean listed = NOT_ON_DUCKDB.containsKey(outcome.name());
        if (listed != (outcome.verdict() == Verdict.DUCKDB_FAILED)) {
          wrong.add(listed ? outcome.name() + " runs on DuckDB now: take it off NOT_ON_DUCKDB" : outcome.toString());
        }
      }
      assertEquals("", String.join("\n", wrong));
      assertEquals(QueryLibrary.standard().names(), outcomes.stream().map(Outcome::name).toList());
    }
  }

  @Test
  void theTwoLogQueriesRunOnAFileWhoseLogsAreAllNamed(@TempDir Path named) throws Exception {
    // Every log named: the export writes no table to main, the schema the file opens in. The
    // queries name their schemas but call hex and human_bytes unqualified, so main must hold
    // ttsql's functions too: without them DuckDB's own hex gave '2F4A0000' for '0x2f4a0000', and
    // human_bytes was missing.
    String spec = "server=sample:debug.log;stacks=sample:tt_buffer_debug.log;before=" + GOLDEN.resolve("before.log")
        + ";after=" + GOLDEN.resolve("after.log");
    List<NamedSql> twoLogQueries = savedQueries().stream()
        .filter(q -> q.name().startsWith("leak-origins") || q.name().startsWith("diff-")).toList();
    assertEquals(4, twoLogQueries.size());
    try (QueryFixture ttsql = QueryFixture.open(spec)) {
      Path file = named.resolve("named.duckdb");
      TraceExport.export(ttsql.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
      try (DuckDBConnection duck = DuckDb.open(file)) {
        List<Outcome> outcomes = DuckDbComparison.between(ttsql.connection(), duck).compareAll(twoLogQueries);
        assertEquals("", DuckDbComparison.disagreements(outcomes));
      }
    }
  }

  @Test
  void everySavedQueryFindsRowsInOneOfTheseLogs() throws SQLException {
    // So that no comparison above is only of two empty answers.
    Map<String, Integer> rows = savedQueries().stream().collect(Collectors.toMap(NamedSql::name, q -> 0));
    for (Logs logs : logs()) {
      try (QueryFixture ttsql = open(logs)) {
        for (NamedSql query : savedQueries()) {
          rows.merge(query.name(), ttsql.rows(query.sql()).size(), Integer::sum);
        }
      }
    }
    rows.forEach((name, count) -> assertTrue(count > 0, name + " found no rows"));
  }

  /** The library's queries with their parameters at the defaults. */
  private static List<NamedSql> savedQueries() {
    return QueryLibrary.standard().all().stream().map(q -> new NamedSql(q.name(), q.bind(Map.of()))).toList();
  }

  private static QueryFixture open(Logs logs) throws SQLException {
    QueryFixture ttsql = QueryFixture.open(logs.spec());
    try {
      ttsql.connection().setSchema(logs.schema());
      return ttsql;
    } catch (SQLException e) {
      ttsql.close();
      throw e;
    }
  }
}
