package io.ttsql.shell.output;

/**
 * How results are laid out. The formats meant for people follow all of it; csv, tsv and json write
 * every row, values exactly as SQL returns them, and csv and tsv follow {@code headers}.
 *
 * @param width the columns that tables must fit in, or 0 for no limit
 * @param maxRows the most rows shown before the rest are counted and skipped, or 0 for all
 * @param color whether ANSI styles may be used (NULL dimmed)
 * @param nullValue the text that shows SQL NULL
 * @param headers whether a row of column names comes first (csv, tsv, table and markdown)
 */
public record OutputOptions(int width, long maxRows, boolean color, String nullValue, boolean headers) {
  public OutputOptions {
    if (width < 0 || maxRows < 0) {
      throw new IllegalArgumentException("width and maxRows must not be negative");
    }
  }
}
