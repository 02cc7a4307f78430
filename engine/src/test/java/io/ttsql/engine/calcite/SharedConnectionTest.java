package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One connection used by several threads at once, each with its own statements, as database tools
 * and the shell's cancel thread do: every thread gets the answers a lone thread gets, and a
 * cancel, a timeout or the connection's close ends only what it is meant to, with an SQLException.
 */
class SharedConnectionTest {
  private static final int THREADS = 4;
  /** Queries over everything the engine computes once per trace and keeps. */
  private static final List<String> QUERIES = List.of(
      "select * from lifetimes",
      "select * from allocations",
      "select * from unmatched_frees",
      "select * from addresses",
      "select * from peaks",
      "select * from stats_replay",
      "select callsite, count(*) from events group by callsite",
      "select stack_id, stack_text(stack_id), frame_at(stack_id, 1), stack_contains(stack_id, 'a')"
          + " from (select distinct stack_id from events)");
  /** A statement that runs until it is stopped. */
  private static final String ENDLESS = "select count(*) from events a, events b, events c where a.size + b.size < c.size";

  @TempDir static Path dir;
  private static Path log;
  private static final Map<String, Map<String, String>> ALONE = new HashMap<>();
  private static ExecutorService pool;

  @BeforeAll
  static void generate() throws Exception {
    log = dir.resolve("debug.log");
    // ~200k events, so that the first computation of each derived table takes a while.
    LogGenerator.generate(GeneratorConfig.of(20_261_127, 200_000).withProcesses(3), log, null);
    pool = Executors.newCachedThreadPool();
    for (String store : List.of("memory", "duckdb")) {
      Map<String, String> answers = new HashMap<>();
      try (Connection c = connect(store)) {
        for (String query : QUERIES) {
          answers.put(query, digest(c, query));
        }
      }
      ALONE.put(store, answers);
    }
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static Connection connect(String store) throws SQLException {
    return DriverManager.getConnection("jdbc:ttsql:" + log + ";store=" + store);
  }

  /** The rows of {@code query}, sorted, as one text: the same rows in any order give the same text. */
  private static String digest(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rs.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
      Collections.sort(rows);
      return rows.size() + " rows, hash " + rows.hashCode();
    }
  }

  @ParameterizedTest
  @CsvSource({"memory, 1", "memory, 2", "memory, 3", "duckdb, 1", "duckdb, 2"})
  void threadsThatStartTogetherGetTheAnswersOfOne(String store, long seed) throws Exception {
    // A fresh connection computes each derived table on first use: all threads ask for it at once.
    try (Connection c = connect(store)) {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Map<String, String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<String> order = new ArrayList<>(QUERIES);
        // The first query is the same for all; the rest in a seeded order of each thread's own.
        Collections.shuffle(order.subList(1, order.size()), new Random(seed * 31 + t));
        results.add(pool.submit(() -> {
          Map<String, String> answers = new HashMap<>();
          start.await(1, TimeUnit.MINUTES);
          for (String query : order) {
            answers.put(query, digest(c, query));
          }
          return answers;
        }));
      }
      for (Future<Map<String, String>> result : results) {
        assertEquals(ALONE.get(store), result.get(5, TimeUnit.MINUTES));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"memory", "duckdb"})
  void threadsThatOpenAndCloseStatementsAtOnceEachGetTheirOwn(String store) throws Exception {
    // Calcite numbered a connection's statements with an unguarded counter and kept them in a
    // HashMap: two statements made at once could get one number, and the close of one took the
    // other away, which then failed with AssertionError "no statement" or a
    // NoSuchStatementException. Nothing here is shared but the connection: every call must work.
    try (Connection c = connect(store)) {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        runs.add(pool.submit(() -> {
          start.await(1, TimeUnit.MINUTES);
          for (int round = 0; round < 20_000; round++) {
            try (Statement s = c.createStatement()) {
              if (round % 2_000 == 0) {
                String query = "select " + thread + " * 100000 + " + round;
                try (ResultSet rs = s.executeQuery(query)) {
                  assertTrue(rs.next());
                  assertEquals(thread * 100_000 + round, rs.getInt(1), query);
                }
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get(5, TimeUnit.MINUTES);
      }
      assertEquals(ALONE.get(store).get(QUERIES.get(4)), digest(c, QUERIES.get(4)));
    }
  }

  @ParameterizedTest
  @CsvSource({"memory, cancel", "memory, timeout", "duckdb, cancel", "duckdb, timeout"})
  void aStopOfOneThreadsStatementLeavesTheOthersAlone(String store, String how) throws Exception {
    // The other threads' statements were neither canceled nor timed: they owe their full answers.
    // On the DuckDB store a cancel of one statement interrupted every DuckDB query of the
    // connection, and the others failed with "INTERRUPT Error".
    try (Connection c = connect(store); Statement endless = c.createStatement()) {
      CountDownLatch started = new CountDownLatch(1);
      Future<SQLException> stopped = pool.submit(() -> {
        if (how.equals("timeout")) {
          endless.setQueryTimeout(2); // 1 s fails all that reaches DuckDB (README)
        }
        started.countDown();
        try {
          endless.executeQuery(ENDLESS).next();
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      List<Future<Map<String, String>>> others = new ArrayList<>();
      for (int t = 0; t < THREADS - 1; t++) {
        others.add(pool.submit(() -> {
          Map<String, String> answers = new HashMap<>();
          for (String query : QUERIES) {
            answers.put(query, digest(c, query));
          }
          return answers;
        }));
      }
      started.await();
      if (how.equals("cancel")) {
        // A cancel before the run starts is cleared by it (it was meant for an earlier run): cancel
        // until the statement has stopped, however long it takes to get going.
        while (!stopped.isDone()) {
          endless.cancel();
          Thread.sleep(50);
        }
      }
      SQLException e = stopped.get(2, TimeUnit.MINUTES);
      assertTrue(e != null && e.getMessage().contains(how.equals("cancel") ? "canceled" : "timed out"), String.valueOf(e));
      for (Future<Map<String, String>> other : others) {
        assertEquals(ALONE.get(store), other.get(5, TimeUnit.MINUTES));
      }
      assertEquals(ALONE.get(store).get(QUERIES.get(0)), digest(c, QUERIES.get(0)));
    }
  }

  @ParameterizedTest
  @CsvSource({"memory", "duckdb"})
  void closingTheConnectionEndsEveryRunningStatementWithAnSqlException(String store) throws Exception {
    Connection c = connect(store);
    CountDownLatch ready = new CountDownLatch(THREADS);
    List<Future<Throwable>> runs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String query = t % 2 == 0 ? ENDLESS : QUERIES.get(t % QUERIES.size());
      runs.add(pool.submit(() -> {
        ready.countDown();
        try {
          while (true) {
            digest(c, query); // until the close stops it
          }
        } catch (Throwable e) {
          return e;
        }
      }));
    }
    ready.await();
    c.close();
    for (Future<Throwable> run : runs) {
      Throwable e = run.get(1, TimeUnit.MINUTES);
      assertInstanceOf(SQLException.class, e, () -> stackTrace(e));
    }
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter text = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
