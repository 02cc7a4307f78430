package io.ttsql.engine.calcite;

import static io.ttsql.engine.calcite.Column.bigint;
import static io.ttsql.engine.calcite.Column.bool;
import static io.ttsql.engine.calcite.Column.integer;
import static io.ttsql.engine.calcite.Column.varchar;

import io.ttsql.engine.store.ParseError;
import io.ttsql.engine.store.ServerStatsRow;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.store.StackTable;
import io.ttsql.engine.store.Trace;
import java.util.List;

/** The tables read straight from the load: {@code frames}, {@code server_stats}, {@code parse_errors}, {@code sources}. */
final class LoadTables {
  private static final List<Column<Trace>> FRAME_COLUMNS =
      List.of(
          bigint("stack_id", false, "interned call stack", (t, row) -> (long) t.stacks().stackOfFrameRow(row)),
          integer("depth", false, "0 = the frame printed first, closest to the buffer code", (t, row) -> t.stacks().depthOfFrameRow(row)),
          varchar("module", true, "library path or executable; NULL for a raw [0x…] frame", (t, row) -> frame(t, row, Part.MODULE)),
          varchar("symbol", false, "the symbol as printed (may be empty)", (t, row) -> frame(t, row, Part.SYMBOL)),
          varchar("function", false, "the symbol without parameter list and trailing qualifiers", (t, row) -> frame(t, row, Part.FUNCTION)));

  private static final List<Column<Trace>> STATS_COLUMNS =
      List.of(
          varchar("file", false, "the log file of the block", (t, r) -> t.fileName(stats(t, r).fileCode())),
          bigint("line", false, "line of the block's title", (t, r) -> stats(t, r).line()),
          bigint("after_seq", true, "seq of the last event before the block", (t, r) -> stats(t, r).afterSeq()),
          integer("device", true, "device id; NULL for a block that lists no device (the server held nothing)", (t, r) -> stats(t, r).stats().device()),
          bigint("buffers", false, "keys held (not references)", (t, r) -> stats(t, r).stats().buffers()),
          bigint("dram_bytes", false, "stored bytes of DRAM buffers", (t, r) -> stats(t, r).stats().dramBytes()),
          bigint("l1_bytes", false, "stored bytes of L1 buffers", (t, r) -> stats(t, r).stats().l1Bytes()),
          bigint("total_bytes", false, "stored bytes of all buffer types", (t, r) -> stats(t, r).stats().totalBytes()),
          bigint("active_allocations", true, "keys on all devices; NULL for a block cut short",
              (t, r) -> stats(t, r).activeAllocations()),
          bool("in_kb", false, "sizes printed in KB only, to 6 significant digits (the enhanced server): bytes are rounded",
              (t, r) -> stats(t, r).stats().inKb()));

  private static final List<Column<Trace>> ERROR_COLUMNS =
      List.of(
          varchar("file", false, "the log file", (t, r) -> t.fileName(error(t, r).fileCode())),
          bigint("line", false, "1-based line number", (t, r) -> error(t, r).line()),
          varchar("reason", false, "why the line was not understood", (t, r) -> error(t, r).reason()),
          varchar("text", false, "the line (its first 4 KB), invalid UTF-8 shown as U+FFFD", (t, r) -> error(t, r).text()));

  private static final List<Column<Trace>> SOURCE_COLUMNS =
      List.of(
          varchar("file", false, "the file as given", (t, r) -> source(t, r).file()),
          varchar("format", false, "server, buffer_debug or unknown", (t, r) -> source(t, r).format()),
          bigint("bytes", false, "bytes read", (t, r) -> source(t, r).bytes()),
          bigint("lines", false, "lines read; = event_lines + other_lines + parse_errors", (t, r) -> source(t, r).lines()),
          bigint("events", false, "events parsed", (t, r) -> source(t, r).events()),
          bigint("parse_errors", false, "lines listed in parse_errors", (t, r) -> source(t, r).errorLines()),
          bigint("load_millis", false, "time spent reading and parsing", (t, r) -> source(t, r).loadMillis()),
          bigint("event_lines", false, "lines that belong to events", (t, r) -> source(t, r).eventLines()),
          bigint("other_lines", false, "recognised lines that are not events", (t, r) -> source(t, r).otherLines()),
          varchar("read_error", true, "why reading stopped before the end (e.g. a cut .gz file); NULL if it did not",
              (t, r) -> source(t, r).readError()));

  /** Which part of a frame's text a {@code frames} column shows. */
  private enum Part { MODULE, SYMBOL, FUNCTION }

  private LoadTables() {}

  static ColumnarTable<Trace> frames(Trace trace) {
    return new ColumnarTable<>("frames", "one row per frame of each distinct call stack",
        FRAME_COLUMNS, trace, t -> t.stacks().frameRowCount());
  }

  static ColumnarTable<Trace> serverStats(Trace trace) {
    return new ColumnarTable<>("server_stats", "one row per whole device section (all four figures) of each statistics"
            + " block of the server log, or with device NULL for a block that lists no device",
        STATS_COLUMNS, trace, t -> t.serverStats().size());
  }

  static ColumnarTable<Trace> parseErrors(Trace trace) {
    return new ColumnarTable<>("parse_errors", "lines that no template matched",
        ERROR_COLUMNS, trace, t -> t.parseErrors().size());
  }

  static ColumnarTable<Trace> sources(Trace trace) {
    return new ColumnarTable<>("sources", "one row per loaded file", SOURCE_COLUMNS, trace, t -> t.sources().size());
  }

  private static String frame(Trace t, int row, Part part) {
    StackTable stacks = t.stacks();
    int stack = stacks.stackOfFrameRow(row);
    int depth = stacks.depthOfFrameRow(row);
    return switch (part) {
      case MODULE -> stacks.module(stack, depth);
      case SYMBOL -> stacks.symbol(stack, depth);
      case FUNCTION -> stacks.function(stack, depth);
    };
  }

  private static ServerStatsRow stats(Trace t, int row) {
    return t.serverStats().get(row);
  }

  private static ParseError error(Trace t, int row) {
    return t.parseErrors().get(row);
  }

  private static SourceInfo source(Trace t, int row) {
    return t.sources().get(row);
  }
}
