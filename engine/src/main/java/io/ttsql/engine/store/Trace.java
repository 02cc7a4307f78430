package io.ttsql.engine.store;

import java.util.List;

/**
 * One loaded trace: the events, stacks, statistics and parse errors of its files, frozen after
 * loading and safe to share between threads. Built by {@link TraceAssembler}.
 */
public final class Trace {
  private final List<SourceInfo> sources;
  private final EventColumns events;
  private final StackTable stacks;
  private final List<ServerStatsRow> serverStats;
  private final List<ParseError> parseErrors;

  Trace(
      List<SourceInfo> sources,
      EventColumns events,
      StackTable stacks,
      List<ServerStatsRow> serverStats,
      List<ParseError> parseErrors) {
    this.sources = List.copyOf(sources);
    this.events = events;
    this.stacks = stacks;
    this.serverStats = List.copyOf(serverStats);
    this.parseErrors = List.copyOf(parseErrors);
  }

  /** The files in load order; a file code is an index into this list. */
  public List<SourceInfo> sources() {
    return sources;
  }

  /** The name of the file with code {@code fileCode}. */
  public String fileName(int fileCode) {
    return sources.get(fileCode).file();
  }

  /** The format name ({@code LogFormat.sqlName()}) of the file that event {@code seq} comes from. */
  public String formatOf(int seq) {
    return sources.get(events.fileCode(seq)).format();
  }

  public EventColumns events() {
    return events;
  }

  public StackTable stacks() {
    return stacks;
  }

  /** One row per whole device section of each statistics block, in log order. */
  public List<ServerStatsRow> serverStats() {
    return serverStats;
  }

  /** The lines not understood, file after file in load order, each file's by line. */
  public List<ParseError> parseErrors() {
    return parseErrors;
  }
}
