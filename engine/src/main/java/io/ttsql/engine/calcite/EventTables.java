package io.ttsql.engine.calcite;

import static io.ttsql.engine.calcite.Column.bigint;
import static io.ttsql.engine.calcite.Column.bool;
import static io.ttsql.engine.calcite.Column.integer;
import static io.ttsql.engine.calcite.Column.varchar;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.IntColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/** The tables of events: {@code events}, and its subsets {@code allocations} and {@code deallocations}. */
final class EventTables {
  /** The columns of {@code events}, reading the event whose seq is the row number. */
  static final List<Column<AnalyzedTrace>> EVENT_COLUMNS =
      List.of(
          bigint("seq", false, "position of the event in log order, 0-based and dense", (t, seq) -> (long) seq),
          varchar("file", false, "the log file the event was read from", (t, seq) -> t.trace().fileName(t.events().fileCode(seq))),
          bigint("line", false, "1-based line number of the event's first line", (t, seq) -> t.events().line(seq)),
          varchar("kind", false, "alloc, free, unknown_free, destructor, process_exit, server_start or resize", (t, seq) -> t.events().kind(seq).sqlName()),
          integer("pid", true, "client process id (server log only; for frees the key's owner)", (t, seq) -> t.events().pid().boxed(seq)),
          integer("device", true, "device id", (t, seq) -> t.events().device().boxed(seq)),
          varchar("buffer_type", true, "DRAM, L1, SYSTEM_MEMORY, L1_SMALL, TRACE or OTHER, as printed", EventTables::bufferType),
          bigint("address", true, "device address (the server's buffer_id)", (t, seq) -> t.events().address().boxed(seq)),
          bigint("size", true, "size in bytes (for server frees: the stored size; for a resize: the new stored size)", (t, seq) -> t.events().size().boxed(seq)),
          integer("ref_count", true, "server reference count after the event (1 for a new key, 0 for FINAL)", (t, seq) -> t.events().refCount().boxed(seq)),
          bigint("buffer_ptr", true, "the C++ Buffer* of the debug log", (t, seq) -> t.events().bufferPtr().boxed(seq)),
          new Column<>("time", SqlTypeName.TIME, true, "the debug log's local HH:MM:SS (repeats across midnight)", (t, seq) -> t.events().timeMillis().boxed(seq)),
          bigint("stack_id", true, "interned call stack (see frames); NULL without a stack", (t, seq) -> boxedLong(t.events().stackId(), seq)),
          varchar("callsite", true, "function of the first frame that is not buffer plumbing", (t, seq) -> callsite(t, seq)),
          bool("owns_data", true, "the debug log's Owns Data flag (ALLOCATED blocks)", (t, seq) -> t.events().ownsData().boxed(seq)),
          bool("hooked", true, "the debug log's Hooked flag: a graph-capture buffer with no real address", (t, seq) -> t.events().hooked().boxed(seq)));

  private EventTables() {}

  static ColumnarTable<AnalyzedTrace> events(AnalyzedTrace trace) {
    return new ColumnarTable<>("events", "every event in log order", EVENT_COLUMNS, trace, t -> t.events().count());
  }

  static ColumnarTable<AnalyzedTrace> allocations(AnalyzedTrace trace) {
    List<Column<AnalyzedTrace>> columns = new ArrayList<>();
    for (Column<AnalyzedTrace> c : EVENT_COLUMNS) {
      columns.add(c.remapped((t, row) -> t.lifetimes().allocSeq(row)));
    }
    columns.add(integer("occurrence", false, "1 for the first allocation at its (device, address), 2 for the second…",
        (t, row) -> t.lifetimes().occurrence(row)));
    columns.add(LifetimeTables.ALLOC_NUMBER);
    return ColumnarTable.derived("allocations", "the alloc events", columns, trace, t -> t.lifetimes().count());
  }

  static ColumnarTable<AnalyzedTrace> deallocations(AnalyzedTrace trace) {
    List<Column<AnalyzedTrace>> columns = new ArrayList<>();
    for (Column<AnalyzedTrace> c : EVENT_COLUMNS) {
      columns.add(c.remapped((t, row) -> t.deallocationSeqs()[row]));
    }
    return new ColumnarTable<>("deallocations", "the free and unknown_free events", columns, trace, t -> t.deallocationSeqs().length);
  }

  static String bufferType(AnalyzedTrace t, int seq) {
    return BufferType.nameOf(t.events().bufferType(seq));
  }

  static String callsite(AnalyzedTrace t, int seq) {
    IntColumn stacks = t.events().stackId();
    return stacks.isNull(seq) ? null : t.callsite(stacks.get(seq));
  }

  static Long boxedLong(IntColumn column, int row) {
    return column.isNull(row) ? null : (long) column.get(row);
  }


}
