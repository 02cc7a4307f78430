package io.ttsql.engine.calcite;

import static io.ttsql.engine.calcite.Column.bigint;
import static io.ttsql.engine.calcite.Column.bool;
import static io.ttsql.engine.calcite.Column.integer;
import static io.ttsql.engine.calcite.Column.varchar;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.analysis.Lifetimes;
import io.ttsql.engine.store.IntColumn;
import java.util.List;

/** The tables of the pairing: {@code lifetimes} and {@code unmatched_frees}. */
final class LifetimeTables {
  /** The rank of an allocation in its log, shared by {@code lifetimes} and {@code allocations}, whose rows are in log order. */
  static final Column<AnalyzedTrace> ALLOC_NUMBER =
      bigint("alloc_number", false, "1 for the log's first allocation, 2 for the second… (lines up the allocations of two logs)",
          (t, i) -> i + 1L);

  private static final List<Column<AnalyzedTrace>> LIFETIME_COLUMNS =
      List.of(
          bigint("alloc_seq", false, "seq of the allocation event", (t, i) -> (long) t.lifetimes().allocSeq(i)),
          bigint("end_seq", true, "seq of the event that ended it; NULL at end_of_log", (t, i) -> endSeq(t.lifetimes(), i)),
          varchar("end_reason", false, "freed, process_exit, end_of_log or server_restart", (t, i) -> t.lifetimes().endReason(i).sqlName()),
          bool("overlapped", false, "its (device, address) key was shared at some moment with another open allocation",
              (t, i) -> t.lifetimes().overlapped(i)),
          integer("device", true, "device id", (t, i) -> t.events().device().boxed(seq(t, i))),
          varchar("buffer_type", true, "buffer type as printed", (t, i) -> EventTables.bufferType(t, seq(t, i))),
          bigint("address", true, "device address", (t, i) -> t.events().address().boxed(seq(t, i))),
          bigint("size", true, "size in bytes", (t, i) -> t.events().size().boxed(seq(t, i))),
          integer("pid", true, "allocating process (server log only)", (t, i) -> t.events().pid().boxed(seq(t, i))),
          bigint("buffer_ptr", true, "the debug log's Buffer*", (t, i) -> t.events().bufferPtr().boxed(seq(t, i))),
          bigint("stack_id", true, "call stack of the allocation", (t, i) -> EventTables.boxedLong(t.events().stackId(), seq(t, i))),
          varchar("callsite", true, "callsite of the allocation", (t, i) -> EventTables.callsite(t, seq(t, i))),
          bigint("alloc_line", false, "line of the allocation", (t, i) -> t.events().line(seq(t, i))),
          bigint("end_line", true, "line of the event that ended it", LifetimeTables::endLine),
          integer("occurrence", false, "1 for the first allocation at its (device, address), 2 for the second…",
              (t, i) -> t.lifetimes().occurrence(i)),
          ALLOC_NUMBER,
          varchar("file", false, "file of the allocation", (t, i) -> t.trace().fileName(t.events().fileCode(seq(t, i)))),
          varchar("end_file", true, "file of the event that ended it (end_line is a line of it); NULL at end_of_log",
              LifetimeTables::endFile),
          bool("suppressed", false, "a leak: pattern of the suppressions file matches a frame of its stack",
              (t, i) -> suppressedBy(t, i) != null),
          varchar("suppressed_by", true, "the first suppression pattern that matches its stack", LifetimeTables::suppressedBy));

  private static final List<Column<AnalyzedTrace>> UNMATCHED_COLUMNS =
      List.of(
          bigint("seq", false, "seq of the free event", (t, j) -> (long) t.lifetimes().unmatchedSeq(j)),
          bigint("line", false, "line of the free event", (t, j) -> t.events().line(unmatched(t, j))),
          varchar("kind", false, "free or unknown_free", (t, j) -> t.events().kind(unmatched(t, j)).sqlName()),
          integer("pid", true, "process named by the line", (t, j) -> t.events().pid().boxed(unmatched(t, j))),
          integer("device", true, "device id", (t, j) -> t.events().device().boxed(unmatched(t, j))),
          bigint("address", true, "device address", (t, j) -> t.events().address().boxed(unmatched(t, j))),
          bigint("size", true, "size the line states", (t, j) -> t.events().size().boxed(unmatched(t, j))),
          varchar("file", false, "file of the free event", (t, j) -> t.trace().fileName(t.events().fileCode(unmatched(t, j)))));

  private LifetimeTables() {}

  static ColumnarTable<AnalyzedTrace> lifetimes(AnalyzedTrace trace) {
    return ColumnarTable.derived("lifetimes", "one row per allocation, paired with what ended it",
        LIFETIME_COLUMNS, trace, t -> t.lifetimes().count());
  }

  static ColumnarTable<AnalyzedTrace> unmatchedFrees(AnalyzedTrace trace) {
    return ColumnarTable.derived("unmatched_frees", "free events that closed nothing",
        UNMATCHED_COLUMNS, trace, t -> t.lifetimes().unmatchedCount());
  }

  private static int seq(AnalyzedTrace t, int lifetime) {
    return t.lifetimes().allocSeq(lifetime);
  }

  private static int unmatched(AnalyzedTrace t, int j) {
    return t.lifetimes().unmatchedSeq(j);
  }

  private static Long endSeq(Lifetimes l, int i) {
    int end = l.endSeq(i);
    return end < 0 ? null : (long) end;
  }

  private static String suppressedBy(AnalyzedTrace t, int i) {
    IntColumn stacks = t.events().stackId();
    int seq = seq(t, i);
    return stacks.isNull(seq) ? null : t.suppression(stacks.get(seq));
  }

  private static Long endLine(AnalyzedTrace t, int i) {
    int end = t.lifetimes().endSeq(i);
    return end < 0 ? null : t.events().line(end);
  }

  private static String endFile(AnalyzedTrace t, int i) {
    int end = t.lifetimes().endSeq(i);
    return end < 0 ? null : t.trace().fileName(t.events().fileCode(end));
  }
}
