package io.ttsql.engine.calcite;

import static io.ttsql.engine.calcite.Column.bigint;
import static io.ttsql.engine.calcite.Column.integer;
import static io.ttsql.engine.calcite.Column.varchar;

import io.ttsql.engine.analysis.AddressSummary;
import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.analysis.StatsReplay;
import io.ttsql.engine.analysis.UsagePeaks;
import io.ttsql.engine.model.BufferType;
import java.util.List;

/** Tables that summarise a trace, computed once by the engine: {@code addresses}, {@code peaks} and {@code stats_replay}. */
final class SummaryTables {
  private static final List<Column<AnalyzedTrace>> ADDRESS_COLUMNS =
      List.of(
          integer("device", true, "device id (NULL for a free that names none)", (t, r) -> a(t).device(r)),
          bigint("address", false, "device address", (t, r) -> a(t).address(r)),
          integer("allocs", false, "alloc events at the address", (t, r) -> a(t).allocs(r)),
          integer("frees", false, "free events at the address (unknown frees not counted)", (t, r) -> a(t).frees(r)),
          integer("unknown_frees", false, "unknown_free events at the address", (t, r) -> a(t).unknownFrees(r)),
          integer("net", false, "allocs - frees: the naive per-address count", (t, r) -> a(t).allocs(r) - a(t).frees(r)),
          varchar("buffer_type", true, "the most frequent type of its allocations (the first by name on a tie)",
              (t, r) -> BufferType.nameOf(a(t).bufferType(r))),
          integer("distinct_sizes", false, "distinct sizes allocated there", (t, r) -> a(t).distinctSizes(r)),
          varchar("sizes", true, "those sizes, smallest first, e.g. 4 KB, 8200 B, 32 KB (in bytes where a unit would round)", (t, r) -> a(t).sizes(r)),
          integer("leaks", false, "its lifetimes not freed (process_exit, end_of_log or server_restart)", (t, r) -> a(t).leaks(r)),
          integer("overlapped", false, "its overlapped lifetimes", (t, r) -> a(t).overlapped(r)),
          bigint("first_seq", false, "seq of its first event", (t, r) -> (long) a(t).firstSeq(r)),
          bigint("last_seq", false, "seq of its last event", (t, r) -> (long) a(t).lastSeq(r)));

  private static final List<Column<AnalyzedTrace>> PEAK_COLUMNS =
      List.of(
          integer("device", true, "device id", (t, r) -> p(t).series(r).device()),
          varchar("buffer_type", true, "buffer type as printed", (t, r) -> p(t).series(r).bufferType()),
          bigint("peak_bytes", false,
              "the most bytes held at once: each (device, address) key holds the size of the allocation that created"
                  + " it while any allocation of it is open (a ref-counted duplicate adds none)",
              (t, r) -> p(t).series(r).peakBytes()),
          bigint("peak_seq", false, "seq of the event after which the peak was first held", (t, r) -> (long) p(t).series(r).peakSeq()),
          varchar("peak_file", false, "file of that event", (t, r) -> t.trace().fileName(t.events().fileCode(p(t).series(r).peakSeq()))),
          bigint("peak_line", false, "line of that event", (t, r) -> t.events().line(p(t).series(r).peakSeq())),
          integer("live_at_peak", false, "allocations open right after that event", (t, r) -> p(t).liveAtPeak(r)),
          bigint("final_bytes", false, "bytes still held at the end of the log", (t, r) -> p(t).series(r).finalBytes()));

  private static final List<Column<AnalyzedTrace>> REPLAY_COLUMNS =
      List.of(
          varchar("file", false, "the log file of the block, as in server_stats",
              (t, r) -> t.trace().fileName(t.trace().serverStats().get(r).fileCode())),
          bigint("line", false, "line of the block's title, as in server_stats", (t, r) -> t.trace().serverStats().get(r).line()),
          bigint("after_seq", true, "seq of the last event before the block", (t, r) -> t.trace().serverStats().get(r).afterSeq()),
          integer("device", true, "device id; NULL for a block that lists no device, replayed over all devices", (t, r) -> t.trace().serverStats().get(r).stats().device()),
          bigint("buffers", false, "keys the replay holds on the device", (t, r) -> s(t).buffers(r)),
          bigint("dram_bytes", false, "stored bytes of its DRAM keys", (t, r) -> s(t).dramBytes(r)),
          bigint("l1_bytes", false, "stored bytes of its L1 keys", (t, r) -> s(t).l1Bytes(r)),
          bigint("total_bytes", false, "stored bytes of all its keys", (t, r) -> s(t).totalBytes(r)),
          bigint("active_allocations", false, "keys the replay holds on all devices, listed in the block or not",
              (t, r) -> s(t).activeAllocations(r)));

  private SummaryTables() {}

  static ColumnarTable<AnalyzedTrace> addresses(AnalyzedTrace trace) {
    return new ColumnarTable<>("addresses", "one row per (device, address) that allocations and frees name",
        ADDRESS_COLUMNS, trace, t -> t.addresses().rowCount());
  }

  static ColumnarTable<AnalyzedTrace> peaks(AnalyzedTrace trace) {
    return ColumnarTable.derived("peaks", "one row per (device, buffer_type): the most bytes held at once, and at the end",
        PEAK_COLUMNS, trace, t -> t.peaks().rowCount());
  }

  static ColumnarTable<AnalyzedTrace> statsReplay(AnalyzedTrace trace) {
    return ColumnarTable.derived("stats_replay",
        "one row per server_stats row: what the server should have counted, replayed from the lifetimes",
        REPLAY_COLUMNS, trace, t -> t.trace().serverStats().size());
  }

  private static StatsReplay s(AnalyzedTrace t) {
    return t.statsReplay();
  }

  private static UsagePeaks p(AnalyzedTrace t) {
    return t.peaks();
  }

  private static AddressSummary a(AnalyzedTrace t) {
    return t.addresses();
  }
}
