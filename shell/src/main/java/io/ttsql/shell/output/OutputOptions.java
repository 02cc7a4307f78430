package io.ttsql.shell.output;

/**
 * How results meant for people are laid out.
 *
 * @param width the terminal width in columns that tables must fit, or 0 for no limit
 * @param maxRows the most rows shown before the rest are counted and skipped, or 0 for all
 * @param color whether ANSI styles may be used (NULL dimmed)
 */
public record OutputOptions(int width, long maxRows, boolean color) {
  /** No width limit, every row, no colour: what scripts and files get. */
  public static final OutputOptions PLAIN = new OutputOptions(0, 0, false);

  public OutputOptions {
    if (width < 0 || maxRows < 0) {
      throw new IllegalArgumentException("width and maxRows must not be negative");
    }
  }
}
