package io.ttsql.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.DuckDbComparison;
import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import io.ttsql.engine.testing.DuckDbComparison.Outcome;
import io.ttsql.engine.testing.DuckDbComparison.Verdict;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison harness: the same SQL through ttsql and through DuckDB on the export agrees. */
class DuckDbComparisonTest {
  @TempDir Path dir;

  /** Questions people ask of these logs, in SQL both engines accept. */
  private static final List<NamedSql> QUESTIONS =
      List.of(
          new NamedSql("lifetimes_by_end_reason",
              "select end_reason, count(*) as n, sum(size) as bytes from lifetimes group by end_reason"),
          new NamedSql("leaks_by_device",
              "select device, count(*) as buffers, sum(size) as bytes from lifetimes"
                  + " where end_reason <> 'freed' group by device"),
          new NamedSql("naive_count_per_key",
              "select device, address, count(*) filter (where kind = 'alloc') as allocs,"
                  + " count(*) filter (where kind = 'free') as frees from events where address is not null"
                  + " group by device, address"),
          new NamedSql("frames_of_leaked_stacks",
              "select l.alloc_seq, f.depth, f.\"module\", f.\"function\" from stacks.lifetimes l"
                  + " join stacks.frames f on f.stack_id = l.stack_id where l.end_reason = 'end_of_log'"),
          new NamedSql("unmatched_frees_with_their_lines",
              "select u.seq, u.kind, e.line, e.pid from unmatched_frees u join events e on e.seq = u.seq"),
          new NamedSql("peak_bytes_per_device", "select device, max(total_bytes) as peak from server_stats group by device"),
          new NamedSql("leaking_callsites",
              "select callsite, count(*) as n, sum(size) as bytes from stacks.lifetimes"
                  + " where end_reason <> 'freed' group by callsite"),
          new NamedSql("debug_log_time_span",
              "select min(\"time\") as first_seen, max(\"time\") as last_seen from stacks.events"),
          new NamedSql("top_allocation",
              "select alloc_seq, size from lifetimes order by size desc, alloc_seq limit 1"));

  @Test
  void realisticQuestionsGetTheSameAnswersFromBothEngines() throws Exception {
    try (QueryFixture q = QueryFixture.open(ExportLogs.write(dir));
        DuckDbComparison comparison = DuckDbComparison.of(q.connection(), dir)) {
      List<Outcome> outcomes = comparison.compareAll(QUESTIONS);
      assertEquals("", DuckDbComparison.disagreements(outcomes));
      assertEquals(QUESTIONS.size(), outcomes.size());
      // The answers agree, and they are the ones worked out from the logs.
      assertEquals(
          List.of("end_reason=end_of_log; n=1; bytes=65536", "end_reason=freed; n=3; bytes=3160064",
              "end_reason=process_exit; n=1; bytes=32768"),
          q.rows(QUESTIONS.get(0).sql() + " order by end_reason"));
      assertEquals(5, q.rows(QUESTIONS.get(3).sql()).size());
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
      assertEquals(18, tables.size());
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
