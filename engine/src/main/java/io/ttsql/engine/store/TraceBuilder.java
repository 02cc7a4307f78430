package io.ttsql.engine.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink that parsers fill while reading the files of one trace, file after file; {@link
 * #build()} freezes it into a {@link Trace}.
 */
public final class TraceBuilder {
  /** Longest prefix of a bad line kept in {@code parse_errors.text}, in bytes. */
  public static final int MAX_ERROR_TEXT_BYTES = 4096;

  private final EventColumns events = new EventColumns();
  private final StackTable stacks = new StackTable();
  private final ServerStatsRows serverStats = new ServerStatsRows();
  private final ParseErrorRows parseErrors = new ParseErrorRows();
  private final List<SourceInfo> sources = new ArrayList<>();
  private final EventDraft draft = new EventDraft();
  private final FileCounts counts = new FileCounts();

  /** Starts the next file; events and errors from now on belong to it. */
  public void beginFile() {
    counts.reset(events.count(), parseErrors.count());
  }

  /** The reusable draft for the next event. */
  public EventDraft draft() {
    return draft;
  }

  /** Appends the drafted event, which spans {@code lines} lines; returns its seq. */
  public int addEvent(EventDraft event, int lines) {
    int seq = events.count();
    events.add(event, sources.size());
    counts.eventLines += lines;
    return seq;
  }

  /** Counts {@code lines} recognised lines that are not events. */
  public void recognized(int lines) {
    counts.otherLines += lines;
  }

  /** Lists one line that no template matched; keeps at most {@link #MAX_ERROR_TEXT_BYTES} of it. */
  public void parseError(long line, String reason, byte[] buf, int start, int end) {
    int length = Math.min(end - start, MAX_ERROR_TEXT_BYTES);
    parseErrors.add(sources.size(), line, reason, new String(buf, start, length, StandardCharsets.UTF_8));
  }

  /**
   * Records one statistics block: one row per device, all sharing the block's active count.
   *
   * @param seqBefore seq of the last event before the block's title, or -1 for none
   */
  public void serverStats(long blockLine, long seqBefore, List<DeviceStats> devices, long activeAllocations) {
    for (DeviceStats d : devices) {
      serverStats.add(blockLine, seqBefore, d, activeAllocations);
    }
  }

  /** The parse errors so far (read them only; strict mode checks them after each file). */
  public ParseErrorRows parseErrors() {
    return parseErrors;
  }

  public StackTable stacks() {
    return stacks;
  }

  /** Ends the current file and records its accounting. */
  public SourceInfo endFile(String file, String format, long bytes, long lines, long loadMillis, String readError) {
    long errorLines = parseErrors.count() - counts.firstError;
    SourceInfo info =
        new SourceInfo(
            file,
            format,
            bytes,
            lines,
            events.count() - counts.firstEvent,
            counts.eventLines,
            counts.otherLines,
            errorLines,
            loadMillis,
            readError);
    sources.add(info);
    return info;
  }

  /** Events added so far, over all files. */
  public int eventCount() {
    return events.count();
  }

  /** Freezes everything into a trace; the builder must not be used afterwards. */
  public Trace build() {
    events.trim();
    stacks.freeze();
    return new Trace(sources, events, stacks, serverStats, parseErrors);
  }

  /** Line accounting of the file being read. */
  private static final class FileCounts {
    int firstEvent;
    int firstError;
    long eventLines;
    long otherLines;

    void reset(int eventCount, int errorCount) {
      firstEvent = eventCount;
      firstError = errorCount;
      eventLines = 0;
      otherLines = 0;
    }
  }
}
