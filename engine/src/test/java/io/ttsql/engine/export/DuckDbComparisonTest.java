package io.ttsql.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.DuckDbComparison;
import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import io.ttsql.engine.testing.DuckDbComparison.Outcome;
import io.ttsql.engine.testing.DuckDbComparison.Verdict;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.LogQuestions;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison harness: the same SQL through ttsql and through DuckDB on the export agrees. */
class DuckDbComparisonTest {
  @TempDir Path dir;

  @Test
  void realisticQuestionsGetTheSameAnswersFromBothEngines() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir));
        DuckDbComparison comparison = DuckDbComparison.of(q.connection(), dir)) {
      List<Outcome> outcomes = comparison.compareAll(LogQuestions.ALL);
      assertEquals("", DuckDbComparison.disagreements(outcomes));
      assertEquals(LogQuestions.ALL.size(), outcomes.size());
      // The answers agree, and they are the ones worked out from the logs.
      assertEquals(
          List.of("end_reason=end_of_log; n=1; bytes=65536", "end_reason=freed; n=3; bytes=3160064",
              "end_reason=process_exit; n=1; bytes=32768"),
          q.rows(LogQuestions.ALL.get(0).sql() + " order by end_reason"));
      assertEquals(5, q.rows(LogQuestions.ALL.get(3).sql()).size());
    }
  }

  @Test
  void everyTableIsExportedRowForRow() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir));
        DuckDbComparison comparison = DuckDbComparison.of(q.connection(), dir)) {
      List<NamedSql> tables = q.rows("select table_name from ttsql_tables where table_name not like 'ttsql%'").stream()
          .map(row -> row.substring(row.indexOf('=') + 1))
          .flatMap(t -> List.of(new NamedSql(t, "select * from " + t), new NamedSql("stacks." + t, "select * from stacks." + t)).stream())
          .toList();
      assertTrue(tables.size() >= 2 * 9, "every table of both schemas: " + tables.size());
      assertEquals("", DuckDbComparison.disagreements(comparison.compareAll(tables)));
    }
  }

  @Test
  void dialectDifferencesAreReported() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir));
        DuckDbComparison comparison = DuckDbComparison.of(q.connection(), dir)) {
      // Sizes 8192, 6144, 65536, 3145728, 32768 add up to 3258368: ttsql divides two whole
      // numbers as Calcite and PostgreSQL do, into a whole number (1086122), DuckDB's / into a
      // DOUBLE. Portable SQL casts first. Their average, 651673.6, is a DOUBLE in both.
      Outcome third = comparison.compare(new NamedSql("third", "select sum(size) / 3 as third from lifetimes"));
      assertEquals(Verdict.DIFFERENT, third.verdict(), third.toString());
      assertTrue(third.detail().startsWith("only in ttsql: [1086122]; only in DuckDB: [1086122.6"), third.toString());
      Outcome portable = comparison.compare(new NamedSql("third", "select sum(cast(size as double)) / 3 as third from lifetimes"));
      assertEquals(Verdict.SAME, portable.verdict(), portable.toString());
      Outcome avg = comparison.compare(new NamedSql("avg_size", "select avg(size) as mean from lifetimes"));
      assertEquals(Verdict.SAME, avg.verdict(), avg.toString());
      Outcome missing = comparison.compare(new NamedSql("typo", "select nonsense from lifetimes"));
      assertEquals(Verdict.TTSQL_FAILED, missing.verdict());
    }
  }
}
