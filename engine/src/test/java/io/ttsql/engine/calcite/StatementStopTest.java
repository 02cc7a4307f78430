package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements that would run for hours stop at {@code Statement.cancel()} and at their query
 * timeout, wherever the time goes: in Calcite's joins, in a recursive union, or in a scan. Without
 * the checks each of these statements runs far longer than the minute each test allows.
 */
class StatementStopTest {
  /** Long enough for any of these to stop; without the checks none ends in it. */
  private static final Duration NEVER = Duration.ofSeconds(60);
  /** 2,000 allocations, all of pid 7: joining them on pid pairs every one with every one. */
  private static final int EVENTS = 2000;
  /** A count that goes to DuckDB whole on the DuckDB store: 2,000^4 = 1.6e13 combinations, days of work. */
  private static final String DUCKDB_DAYS_LONG_COUNT = "select count(*) from events a, events b, events c, events d"
      + " where (a.address + b.address + c.address + d.address) % 1000003 = 5";
  private static final String HASH_JOIN =
      "select count(*) from events a join events b on a.pid = b.pid join events c on b.pid = c.pid";
  private static final String NESTED_LOOP_JOIN =
      "select count(*) from events a, events b, events c where a.address + b.address < c.address - 1000000000000";
  private static final String ENDLESS_RECURSION =
      "with recursive t(n) as (values (1) union all select n + 1 from t) select count(*) from t";

  @TempDir Path dir;
  private Path log;

  @BeforeEach
  void writeLog() {
    String[] lines = new String[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      lines[i] = "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=" + 4096 * i + ")";
    }
    log = QueryFixture.writeLog(dir, "many.log", lines);
  }

  @Test
  void aQueryTimeoutStopsAJoinWhoseRowsMultiply() throws SQLException {
    // 2,000^3 = 8e9 joined rows: hours of work.
    assertTimedOut(HASH_JOIN);
  }

  @Test
  void aQueryTimeoutStopsANestedLoopThatFindsNoRow() throws SQLException {
    // No pair qualifies (every address is below 1e12), so no row ever leaves the join: the check
    // on its outer input stops it.
    assertTimedOut(NESTED_LOOP_JOIN);
  }

  @Test
  void aQueryTimeoutStopsARecursionWithoutEnd() throws SQLException {
    assertTimedOut(ENDLESS_RECURSION);
  }

  @Test
  void cancelStopsEachOfThemWithoutAPartialResult() throws Exception {
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try (Connection c = connect()) {
      for (String sql : new String[] {HASH_JOIN, NESTED_LOOP_JOIN, ENDLESS_RECURSION}) {
        try (Statement s = c.createStatement()) {
          canceller.schedule(() -> cancel(s), 300, TimeUnit.MILLISECONDS);
          // A count that stopped early is not a count: the statement fails rather than give one.
          SQLException e = assertThrows(SQLException.class, () -> assertTimeoutPreemptively(NEVER, () -> firstValue(s, sql)));
          // From executeQuery, or from Avatica's own check in ResultSet.next() when the first row is
          // computed there (the recursion), in the same words.
          assertEquals("Statement canceled", e.getMessage(), sql);
        }
      }
      // The connection goes on: a new statement runs whole.
      try (Statement s = c.createStatement()) {
        assertEquals(EVENTS, firstValue(s, "select count(*) from events"));
      }
    } finally {
      canceller.shutdownNow();
    }
  }

  @Test
  void cancelReachesWhatDuckDbRunsOnTheDuckDbStore() throws Exception {
    // Calcite's JDBC adapter does not pass a cancel on; the store cancels DuckDB's statements itself.
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + log + ";store=duckdb");
        Statement s = c.createStatement()) {
      canceller.schedule(() -> cancel(s), 500, TimeUnit.MILLISECONDS);
      SQLException e = assertThrows(SQLException.class,
          () -> assertTimeoutPreemptively(NEVER, () -> firstValue(s, DUCKDB_DAYS_LONG_COUNT)));
      assertEquals("Statement canceled", e.getMessage(), "in the same words as on the memory store, not DuckDB's");
      // The statement runs again afterwards.
      assertEquals(EVENTS, firstValue(s, "select count(*) from events"));
    } finally {
      canceller.shutdownNow();
    }
  }

  @Test
  void aCancelWhileTheStatementIsPlannedStopsItOnTheDuckDbStore() throws Exception {
    // A cancel that came before the query reached DuckDB (while Calcite planned it: a second or
    // more in a fresh notebook) found no DuckDB statement to cancel, and the count below ran on for
    // days. The cancel comes once the statement's thread is seen in the planner; in a warm JVM the
    // planner may be done before it is seen there, and the cancel then reaches the DuckDB statement
    // already running (waiting for the planner alone hung for days there).
    cancelTheDuckDbCountOnceItsThreadRuns("org.apache.calcite.plan.volcano.", "org.duckdb.");
  }

  @Test
  void aCancelAsTheDuckDbQueryIsSetUpStopsItBeforeItRuns() throws Exception {
    // The plan checks for a cancel before its DuckDB part starts; a cancel (or the connection's
    // close) that came after that check, while Calcite's JDBC adapter got its DuckDB connection and
    // made the statement, found nothing of DuckDB's running to stop, and the count below ran on for
    // days. The cancel comes once the statement's thread is seen in that adapter's rows, which it
    // enters just after the check (should the sampling see it there only once the count runs, the
    // cancel reaches the running count).
    cancelTheDuckDbCountOnceItsThreadRuns("org.apache.calcite.runtime.ResultSetEnumerable");
  }

  /**
   * Runs the days-long count on the DuckDB store, cancels it once its thread runs code of a class
   * whose name starts with one of {@code prefixes}, and checks that it stops as canceled.
   */
  private void cancelTheDuckDbCountOnceItsThreadRuns(String... prefixes) throws Exception {
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + log + ";store=duckdb");
        Statement s = c.createStatement()) {
      AtomicReference<Thread> running = new AtomicReference<>();
      Future<Long> count = runner.submit(() -> {
        running.set(Thread.currentThread());
        return firstValue(s, DUCKDB_DAYS_LONG_COUNT);
      });
      while (!count.isDone() && !inFrames(running.get(), prefixes)) {
        Thread.onSpinWait();
      }
      s.cancel();
      ExecutionException e = assertThrows(ExecutionException.class, () -> count.get(NEVER.toSeconds(), TimeUnit.SECONDS));
      assertEquals("57014", ((SQLException) e.getCause()).getSQLState());
    } finally {
      runner.shutdownNow();
    }
  }

  /** Whether {@code thread} runs code of a class whose name starts with one of {@code prefixes}. */
  private static boolean inFrames(Thread thread, String... prefixes) {
    return thread != null && Arrays.stream(thread.getStackTrace())
        .anyMatch(frame -> Arrays.stream(prefixes).anyMatch(frame.getClassName()::startsWith));
  }

  @Test
  void aTimeoutWhileRowsAreReadFailsTheNextRowAsJdbcReportsATimeout() throws Exception {
    // The timeout counts the time between rows: past it, reading on fails with the timeout's
    // SQLException (it was an unchecked exception from ResultSet.next()). The join has 2,000^2
    // rows, far more than are read before the clock is checked again.
    String join = "select a.seq from events a, events b";
    try (Connection c = connect(); Statement s = c.createStatement()) {
      // Once without a limit, so that the timed run's first row (planning included) comes well
      // within its second even on a busy machine.
      assertEquals(0, firstValue(s, join));
      s.setQueryTimeout(1);
      try (ResultSet rs = s.executeQuery(join)) {
        assertTrue(rs.next());
        Thread.sleep(1100);
        SQLTimeoutException e = assertThrows(SQLTimeoutException.class, () -> {
          while (rs.next()) {
            rs.getLong(1);
          }
        });
        assertEquals("57014", e.getSQLState());
      }
    }
  }

  @Test
  void aTimeoutOnTheDuckDbStoreIsReportedAsATimeout() throws SQLException {
    // DuckDB stops the count itself when the timeout Calcite gives it passes, and said only
    // "INTERRUPT Error: Interrupted!": the statement now fails as on the memory store.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + log + ";store=duckdb");
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      SQLTimeoutException e = assertThrows(SQLTimeoutException.class, () -> assertTimeoutPreemptively(NEVER,
          () -> firstValue(s, DUCKDB_DAYS_LONG_COUNT)));
      assertEquals("Statement timed out: it ran longer than its query timeout of 2 s", e.getMessage());
      assertEquals("57014", e.getSQLState());
    }
  }

  @Test
  void aCancelWhenNothingRunsDoesNotFailTheNextQuery() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.cancel(); // before any query: nothing to stop
      assertEquals(EVENTS, firstValue(s, "select count(*) from events"));
      s.cancel(); // after the query ended, as a late click on "stop" does
      assertEquals(EVENTS, firstValue(s, "select count(*) from events where pid = 7"));
    }
  }

  @Test
  void closingTheConnectionStopsWhatItsStatementsRun() throws Exception {
    ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor();
    try {
      Connection c = connect();
      Statement s = c.createStatement();
      closer.schedule(() -> close(c), 300, TimeUnit.MILLISECONDS);
      SQLException e = assertThrows(SQLException.class,
          () -> assertTimeoutPreemptively(NEVER, () -> firstValue(s, HASH_JOIN)));
      assertTrue(e.getMessage().contains("Statement canceled"), e.getMessage());
      assertTrue(c.isClosed());
      // A statement of a closed connection does not start (nor could a cancel at the close be lost).
      assertEquals("connection is closed",
          assertThrows(SQLException.class, () -> firstValue(s, "select count(*) from events")).getMessage());
    } finally {
      closer.shutdownNow();
    }
  }

  @Test
  void abortingTheConnectionStopsWhatItsStatementsRun() throws Exception {
    // Calcite's connection refused abort (SQLFeatureNotSupportedException, no message), as
    // connection pools call it on a connection they give up, and its statement ran on for hours.
    ScheduledExecutorService aborter = Executors.newSingleThreadScheduledExecutor();
    try {
      Connection c = connect();
      Statement s = c.createStatement();
      aborter.schedule(() -> {
        c.abort(aborter);
        return null;
      }, 300, TimeUnit.MILLISECONDS);
      SQLException e = assertThrows(SQLException.class,
          () -> assertTimeoutPreemptively(NEVER, () -> firstValue(s, HASH_JOIN)));
      assertEquals("57014", e.getSQLState());
      assertTrue(c.isClosed());
      c.abort(Runnable::run); // a second abort does nothing
      assertThrows(SQLException.class, () -> c.abort(null));
    } finally {
      aborter.shutdownNow();
    }
  }

  @Test
  void aQueryWithinItsTimeoutGivesItsWholeResult() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(600);
      // Every one of the 2,000 events pairs with every one on pid 7: 4,000,000 rows, counted whole.
      assertEquals(EVENTS * EVENTS, firstValue(s, "select count(*) from events a join events b on a.pid = b.pid"));
      // Pairs one address apart: 1,999 of them.
      assertEquals(EVENTS - 1,
          firstValue(s, "select count(*) from events a, events b where b.address = a.address + 4096"));
    }
  }

  private void assertTimedOut(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      // Stopped before its first row, as JDBC reports a timeout, with PostgreSQL's SQLState.
      SQLTimeoutException e = assertThrows(SQLTimeoutException.class,
          () -> assertTimeoutPreemptively(NEVER, () -> firstValue(s, sql)));
      assertEquals("Statement timed out: it ran longer than its query timeout of 1 s", e.getMessage());
      assertEquals("57014", e.getSQLState());
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:ttsql:" + log);
  }

  private static long firstValue(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void cancel(Statement s) {
    try {
      s.cancel();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
