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
   * Offered every line first, before its end is looked for: a parser that recognises the common
   * shape of the line, or of a run of lines from it on, straight from the bytes takes them here
   * and saves the splitter's search for each newline. Declined lines (the default) are found and
   * passed to {@link #line} as usual.
   *
   * @param buf bytes holding the line and what follows it
   * @param start first byte of the line
   * @param limit one past the last byte read so far
   * @param number 1-based line number in the file
   * @return {@link #taken} of the lines taken, or -1 when the line was declined
   */
  default long wholeLines(byte[] buf, int start, int limit, long number) {
    return -1;
  }

  /** What {@link #wholeLines} returns when it took {@code lines} lines, the last ended by the {@code \n} at {@code newline}. */
  static long taken(int lines, int newline) {
    return (long) lines << 32 | newline;
  }

  /**
   * Handles a line too long to parse (over {@link LineSplitter#MAX_LINE_BYTES}), given by its
   * start only: it goes to {@code parse_errors}, and breaks the block it falls in.
   */
  void overlong(long number, byte[] buf, int start, int end);

  /** Called once after the last line: flushes whatever block is still open. */
  void end();

  /**
   * Called once after the last line of a part of the file that ends where the next part begins
   * (a cut of {@link PartBoundaries}), in place of {@link #end}: a block still open is cut short
   * by what begins the next part, not by the end of the file.
   */
  default void endAtCut() {
    end();
  }
}
