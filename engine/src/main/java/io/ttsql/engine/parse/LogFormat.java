package io.ttsql.engine.parse;

import io.ttsql.engine.store.TracePart;
import java.util.function.Function;

/** The log formats ttsql reads; {@link #sqlName()} is what {@code sources.format} shows. */
public enum LogFormat {
  /** The allocation server's {@code debug.log}. */
  SERVER("server", ServerLogParser::new),
  /** The buffer debug log {@code /tmp/tt_buffer_debug.log}. */
  BUFFER_DEBUG("buffer_debug", BufferDebugLogParser::new),
  /** Nothing recognisable: read as a server log, so that every line lands in {@code parse_errors}. */
  UNKNOWN("unknown", ServerLogParser::new);

  private final String sqlName;
  private final Function<TracePart, LogParser> parserFactory;

  LogFormat(String sqlName, Function<TracePart, LogParser> parserFactory) {
    this.sqlName = sqlName;
    this.parserFactory = parserFactory;
  }

  public String sqlName() {
    return sqlName;
  }

  /** A new parser of this format writing into {@code out}. */
  public LogParser newParser(TracePart out) {
    return parserFactory.apply(out);
  }
}
