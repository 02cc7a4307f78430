package io.ttsql.engine.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.testing.DuckDbComparison;
import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.LogQuestions;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code store=duckdb}: the same tables and answers as the memory store, with queries run inside DuckDB. */
class DuckDbStoreTest {
  @TempDir Path dir;

  private static Properties duckdbStore() {
    Properties info = new Properties();
    info.setProperty("store", "duckdb");
    return info;
  }

  @Test
  void everyQuestionAndEveryTableGetTheSameAnswersFromBothStores() throws Exception {
    String spec = ExportLogs.write(dir);
    try (QueryFixture memory = QueryFixture.open(spec);
        DuckDbComparison comparison = DuckDbComparison.between(memory.connection(), QueryFixture.open(spec, duckdbStore()).connection())) {
      List<NamedSql> statements = new ArrayList<>(LogQuestions.ALL);
      for (String table : memory.rows("select table_name from ttsql_tables")) {
        String name = table.substring(table.indexOf('=') + 1);
        // Each store loaded the logs itself, so sources.load_millis may differ: leave it out.
        String columns = name.equals("sources") ? "file, format, bytes, lines, events, parse_errors, event_lines, other_lines" : "*";
        statements.add(new NamedSql(name, "select " + columns + " from " + name));
        statements.add(new NamedSql("stacks." + name, "select " + columns + " from stacks." + name));
      }
      assertTrue(statements.size() - LogQuestions.ALL.size() >= 2 * 9, "every table of both schemas");
      assertEquals("", DuckDbComparison.disagreements(comparison.compareAll(statements)));
    }
  }

  @Test
  void intervalsAreComputedAsOnTheMemoryStore() throws Exception {
    // DuckDB's driver hands an interval back as text ("00:00:46"), which Calcite failed to read as
    // the count of milliseconds it holds one in, and DuckDB has no TIME - TIME: every statement
    // below failed on the DuckDB store, where Calcite now computes the intervals itself.
    String spec = ExportLogs.write(dir);
    try (QueryFixture memory = QueryFixture.open(spec);
        DuckDbComparison comparison = DuckDbComparison.between(memory.connection(), QueryFixture.open(spec, duckdbStore()).connection())) {
      List<NamedSql> statements = List.of(
          new NamedSql("an interval made of a count", "select interval '1' second * count(*) as span from stacks.events"),
          // A projected interval literal is no call, but DuckDB handed it back as text all the same.
          new NamedSql("an interval as it is", "select seq, interval '1' second as step from stacks.events"),
          new NamedSql("times apart", "select seq, (\"time\" - time '00:00:00') second as since_midnight, \"time\" + interval '90' second"
              + " as later from stacks.events"),
          new NamedSql("a filter on times apart", "select seq from stacks.events"
              + " where (\"time\" - time '00:00:00') second > interval '1' second"),
          new NamedSql("a join on times apart", "select a.seq, b.seq from stacks.events as a join stacks.events as b"
              + " on a.seq + 1 = b.seq and (b.\"time\" - a.\"time\") second >= interval '0' second"));
      assertEquals("", DuckDbComparison.disagreements(comparison.compareAll(statements)));
      // The rows are there to compare: the debug log's events all have a time.
      assertTrue(Long.parseLong(memory.scalar("select count(*) from stacks.events where \"time\" is not null")) > 3);
    }
  }

  @Test
  void integersDivideAsOnTheMemoryStore() throws Exception {
    // Integer division truncates toward zero, exactly, as Java's long division does; DuckDB's own
    // / of two integers is a DOUBLE: its rounding showed beyond 2^53 (4096e14 / 7 here), and a
    // division by zero came back as 2^63-1 rather than an error.
    String sql = "select size, size / 3, -size / 3, size * 100000000000000 / 7 from events where size between 1 and 65536";
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir), duckdbStore());
        Statement s = q.connection().createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        int rows = 0;
        for (; rs.next(); rows++) {
          long size = rs.getLong(1);
          assertEquals(List.of(size / 3, -size / 3, size * 100_000_000_000_000L / 7),
              List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)), "size " + size);
        }
        assertTrue(rows > 0);
      }
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select size / 0 from events where size > 0"));
      assertEquals("division by zero", e.getMessage());
    }
  }

  @Test
  void arithmeticBeyondItsTypeFailsInTheMemoryStoresWords() throws Exception {
    // DuckDB said "Out of Range Error: Overflow in addition of INT64 (…)" with no SQLState, where
    // the memory store says BIGINT out of range (22003), as PostgreSQL does; pid is an INTEGER.
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir), duckdbStore());
        Statement s = q.connection().createStatement()) {
      for (String sql : List.of("select 9223372036854775807 + max(seq) + 1 from events",
          "select sum(size * 9223372036854775) from events where size > 0")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(sql).next(), sql);
        assertEquals("BIGINT out of range", e.getMessage(), sql);
        assertEquals("22003", e.getSQLState());
      }
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("select max(pid + 2147483647) from events where pid > 0").next());
      assertEquals("INTEGER out of range", e.getMessage());
    }
  }

  @Test
  void aggregatesFiltersAndJoinsArePushedDownToDuckDb() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir), duckdbStore())) {
      String plan = String.join("\n", q.rows("explain plan for select e.kind, count(*) as n from lifetimes l"
          + " join events e on e.seq = l.end_seq where l.end_reason <> 'freed' group by e.kind"));
      assertTrue(plan.startsWith("plan=JdbcToEnumerableConverter\n  JdbcAggregate"), plan);
      assertTrue(plan.contains("JdbcJoin") && plan.contains("JdbcFilter"), plan);
    }
  }

  @Test
  void aJoinOfTwoSchemasIsPushedDownWhole() throws Exception {
    // Both schemas (main, the server log; stacks, the debug log) live in one DuckDB database.
    // With a convention each, Calcite read both tables out of DuckDB and joined them itself
    // (leak-origins on a 300k-event pair: 28 s); with one, DuckDB gets the join (12 s). The count
    // is that of the memory store, which joins in Calcite.
    String join = "select count(*) as n from allocations x join stacks.allocations y"
        + " on x.device = y.device and x.address = y.address";
    try (QueryFixture duckdb = QueryFixture.open(ExportLogs.write(dir), duckdbStore());
        QueryFixture memory = QueryFixture.open(ExportLogs.write(dir))) {
      String plan = String.join("\n", duckdb.rows("explain plan for " + join));
      assertTrue(plan.startsWith("plan=JdbcToEnumerableConverter\n  JdbcAggregate"), plan);
      assertTrue(plan.contains("JdbcJoin"), plan);
      assertEquals(memory.scalar(join), duckdb.scalar(join));
      assertTrue(Integer.parseInt(memory.scalar(join)) > 0, "the logs share addresses");
    }
  }

  @Test
  void theLoadedFilesAreStillKnown() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir), duckdbStore())) {
      List<SourceInfo> main = Ttsql.sources(q.connection()).get("main");
      assertEquals(List.of("server 37 11 1"),
          main.stream().map(s -> s.format() + " " + s.lines() + " " + s.events() + " " + s.errorLines()).toList());
      assertEquals(List.of("main", "stacks"), Ttsql.sources(q.connection()).keySet().stream().sorted().toList());
    }
  }

  @Test
  void anUnknownStoreIsRefusedByName() {
    Properties info = new Properties();
    info.setProperty("store", "redis");
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + ExportLogs.write(dir), info).close());
    assertEquals("unknown store redis: use memory or duckdb", e.getMessage());
  }

  @Test
  void closingTheConnectionClosesIt() throws Exception {
    Connection connection = DriverManager.getConnection("jdbc:ttsql:" + ExportLogs.write(dir) + ";store=duckdb");
    connection.close();
    assertTrue(connection.isClosed());
  }
}
