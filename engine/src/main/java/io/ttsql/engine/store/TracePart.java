package io.ttsql.engine.store;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What parsers fill while reading one part of one file (a whole file, or one of the ranges parsed
 * in parallel): events, stacks, statistics, parse errors and line counts. Line numbers and seqs,
 * those named in parse errors' reasons included, count from the part's start; {@link
 * TraceAssembler} shifts them when it joins the parts.
 */
public final class TracePart {
  /** Longest prefix of a bad line kept in {@code parse_errors.text}, in bytes. */
  public static final int MAX_ERROR_TEXT_BYTES = 4096;
  /** The {@code brokenAt} of {@link #blockError} whose reason names no line (a block cut short, not broken at a line). */
  public static final long NO_LINE = 0;

  final EventChunks events = new EventChunks();
  final StackTable stacks = new StackTable();
  final List<ServerStatsRow> serverStats = new ArrayList<>();
  final List<PartParseError> parseErrors = new ArrayList<>();
  private final EventDraft draft = new EventDraft();
  long eventLines;
  long otherLines;

  /** The reusable draft for the next event. */
  public EventDraft draft() {
    return draft;
  }

  /** Appends the drafted event, which spans {@code lines} lines. */
  public void addEvent(EventDraft event, int lines) {
    events.add(event, toInt(event.line));
    eventLines += lines;
  }

  /**
   * Appends a one-line server event (allocation, free, unknown free) without a draft (the
   * parser's fast path).
   *
   * @param type the buffer type, or null
   * @param size the size in bytes, or -1 for NULL
   * @param refCount the reference count, or -1 for NULL
   */
  public void addServerEvent(EventKind kind, long line, int pid, int device, BufferType type, long address, long size,
      int refCount) {
    events.addServerEvent(kind.ordinal(), toInt(line), pid, device, type == null ? 0 : type.ordinal() + 1, address, size,
        refCount);
    eventLines++;
  }

  /** Counts {@code lines} recognised lines that are not events. */
  public void recognized(int lines) {
    otherLines += lines;
  }

  /** Lists one line that no template matched; keeps at most {@link #MAX_ERROR_TEXT_BYTES} of it. */
  public void parseError(long line, String reason, byte[] buf, int start, int end) {
    blockError(line, reason, NO_LINE, buf, start, end);
  }

  /**
   * Lists one line of a block that broke at line {@code brokenAt} (of this part): the reason gets
   * {@code " at line N"} added, N counted from the file's start once the part's place is known.
   */
  public void blockError(long line, String reason, long brokenAt, byte[] buf, int start, int end) {
    int length = Math.min(end - start, MAX_ERROR_TEXT_BYTES);
    parseErrors.add(new PartParseError(line, reason, brokenAt, new String(buf, start, length, StandardCharsets.UTF_8)));
  }

  /**
   * Records one statistics block: one row per device, all sharing the block's active count.
   *
   * @param seqBefore the part's seq of the last event before the block's title, or -1 for none
   * @param activeAllocations the block's active count, or -1 for a block cut short
   */
  public void serverStats(long blockLine, long seqBefore, List<DeviceStats> devices, long activeAllocations) {
    for (DeviceStats d : devices) {
      serverStats.add(new ServerStatsRow(0, blockLine, seqBefore, d, activeAllocations < 0 ? null : activeAllocations));
    }
  }

  /** Whether any line of this part went to {@code parse_errors}. */
  public boolean hasParseErrors() {
    return !parseErrors.isEmpty();
  }

  public StackTable stacks() {
    return stacks;
  }

  /** Events added so far. */
  public int eventCount() {
    return events.count();
  }

  private static int toInt(long line) {
    checkLine(line);
    return (int) line;
  }

  /** Fails for an event line beyond the {@code 0xffff_ffff} that the line column, unsigned ints, can hold. */
  static void checkLine(long line) {
    if (line > 0xffff_ffffL) {
      throw new IllegalStateException("more than 4294967295 lines in one file");
    }
  }
}
