package io.ttsql.engine.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the parsed parts of the files of one trace, file after file and part after part, into a
 * {@link Trace}: line numbers and seqs are shifted to count from each file's and the trace's start,
 * and every part's stacks are interned into one table.
 */
public final class TraceAssembler {
  private final List<PartEvents> events = new ArrayList<>();
  private final List<Integer> fileStarts = new ArrayList<>();
  private final StackTable stacks = new StackTable();
  private final List<ServerStatsRow> serverStats = new ArrayList<>();
  private final List<ParseError> parseErrors = new ArrayList<>();
  private final List<SourceInfo> sources = new ArrayList<>();
  private int eventCount;

  /**
   * Adds one file, parsed as {@code parts} in order.
   *
   * @param file the file as the user named it
   * @param format the detected format's name
   * @param bytes bytes read
   * @param parts the parts in file order
   * @param partLines the number of lines of each part
   * @param loadMillis wall time spent reading and parsing the file
   * @param readError why reading stopped early, or null
   * @return the file's accounting
   */
  public SourceInfo addFile(
      String file, String format, long bytes, List<TracePart> parts, long[] partLines, long loadMillis, String readError) {
    int fileCode = sources.size();
    fileStarts.add(eventCount);
    long lineOffset = 0;
    long eventLines = 0;
    long otherLines = 0;
    int fileEvents = 0;
    int firstError = parseErrors.size();
    for (int i = 0; i < parts.size(); i++) {
      TracePart part = parts.get(i);
      for (ServerStatsRow row : part.serverStats) {
        serverStats.add(row.inFile(fileCode, lineOffset, eventCount));
      }
      // A statistics section is listed when it ends, after errors among its lines: sort by line.
      part.parseErrors.sort(Comparator.comparingLong(PartParseError::line));
      for (PartParseError e : part.parseErrors) {
        parseErrors.add(e.inFile(fileCode, lineOffset));
      }
      TracePart.checkLine(lineOffset + part.events.lastLine());
      part.events.trim(); // it waits for the other files: its mostly empty last chunks would add up
      events.add(new PartEvents(part.events, (int) lineOffset, stacks.internAll(part.stacks)));
      eventCount += part.eventCount();
      fileEvents += part.eventCount();
      eventLines += part.eventLines;
      otherLines += part.otherLines;
      lineOffset += partLines[i];
    }
    SourceInfo info = new SourceInfo(file, format, bytes, lineOffset, fileEvents, eventLines, otherLines,
        parseErrors.size() - firstError, loadMillis, readError);
    sources.add(info);
    return info;
  }

  /**
   * The first parse error of the files added so far, or null: in strict mode, where a file with
   * errors fails the load, the first error of the file added last.
   */
  public ParseError firstParseError() {
    return parseErrors.isEmpty() ? null : parseErrors.get(0);
  }

  /** Freezes everything into a trace; the assembler must not be used afterwards. */
  public Trace build() {
    int[] starts = fileStarts.stream().mapToInt(Integer::intValue).toArray();
    stacks.freeze();
    return new Trace(sources, EventColumns.concat(events, starts), stacks, serverStats, parseErrors);
  }
}
