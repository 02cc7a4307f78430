package io.ttsql.engine.testing;

import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import java.util.List;

/**
 * Questions people ask of allocation logs, written for {@link ExportLogs} (the default schema is
 * the server log, {@code stacks} the buffer debug log): how lifetimes ended, leaks per device, the
 * naive per-key count, frames of leaked stacks, unmatched frees, peaks, callsites, time spans.
 */
public final class LogQuestions {
  /** The questions, in SQL both ttsql and DuckDB accept. */
  public static final List<NamedSql> ALL =
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

  private LogQuestions() {}
}
