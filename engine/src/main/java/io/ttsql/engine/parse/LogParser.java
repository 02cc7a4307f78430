package io.ttsql.engine.parse;

/**
 * Parses one log format, line by line, into a {@link io.ttsql.engine.store.TracePart}. Each
 * line must end up as part of an event, a recognised non-event line or a parse error.
 */
public interface LogParser {
  /**
   * Handles one line, without its line terminator.
   *
   * @param buf bytes holding the line
   * @param start first byte of the line
   * @param end one past the last byte
   * @param number 1-based line number in the file
   * @param terminated false for a last line cut before its newline
   */
  void line(byte[] buf, int start, int end, long number, boolean terminated);

  /**
   * Handles a line too long to parse (over {@link LineSplitter#MAX_LINE_BYTES}), given by its
   * start only: it goes to {@code parse_errors}, and breaks the block it falls in.
   */
  void overlong(long number, byte[] buf, int start, int end);

  /** Called once after the last line: flushes whatever block is still open. */
  void end();
}
