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
      // Sizes 8192, 6144, 65536, 3145728, 32768 average 651673.6: Calcite keeps AVG of a BIGINT
      // a BIGINT, DuckDB returns a DOUBLE. Portable SQL casts first: avg(cast(size as double)).
      Outcome avg = comparison.compare(new NamedSql("avg_size", "select avg(size) as mean from lifetimes"));
      assertEquals(new Outcome("avg_size", Verdict.DIFFERENT, "only in ttsql: [651673]; only in DuckDB: [651673.6]"), avg);
      Outcome portable = comparison.compare(new NamedSql("avg_size", "select avg(cast(size as double)) as mean from lifetimes"));
      assertEquals(Verdict.SAME, portable.verdict(), portable.toString());
      Outcome missing = comparison.compare(new NamedSql("typo", "select nonsense from lifetimes"));
      assertEquals(Verdict.TTSQL_FAILED, missing.verdict());
    }
  }
}
