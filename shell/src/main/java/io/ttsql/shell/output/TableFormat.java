package io.ttsql.shell.output;

import io.ttsql.engine.Counted;
import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws results as a boxed table that fits the width of the options (the terminal's, or the one
 * {@code .maxwidth} sets): headed by the column names unless headers are off, numbers
 * right-aligned, NULL distinct, the widest text columns cut with an ellipsis when the table would
 * be too wide.
 */
final class TableFormat implements OutputFormat {
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  /** Text columns are never cut narrower than this. */
  private static final int MIN_TEXT_WIDTH = 10;

  @Override
  public String name() {
    return "table";
  }

  @Override
  public boolean forPeople() {
    return true;
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    BufferedRows result = BufferedRows.read(rs, options, false);
    if (result.rows.isEmpty() && !options.headers()) {
      return result.total(); // no names and no rows: no box either
    }
    int[] widths = naturalWidths(result, options.headers());
    if (options.width() > 0) {
      widths = Arrays.copyOf(widths, columnsThatFit(result.columns, widths, options.width()));
      shrinkToFit(result.columns, widths, options.width());
    }
    out.append(rule('┌', '┬', '┐', widths));
    if (options.headers()) {
      line(out, headers(result.columns), result.columns, widths, options.color() ? BOLD : null, true);
      out.append(rule('├', '┼', '┤', widths));
    }
    for (String[] row : result.rows) {
      line(out, row, result.columns, widths, options.color() ? DIM : null, false);
    }
    out.append(rule('└', '┴', '┘', widths));
    noteHiddenColumns(out, result.columns, widths.length, options.width());
    result.noteHidden(out, options.width());
    return result.total();
  }

  /** How many leading columns fit in {@code terminalWidth} (at least one), text columns cut to their minimum. */
  private static int columnsThatFit(DisplayRow columns, int[] widths, int terminalWidth) {
    int used = 1;
    for (int i = 0; i < widths.length; i++) {
      used += (columns.kind(i).rightAligned() ? widths[i] : Math.min(widths[i], MIN_TEXT_WIDTH)) + 3;
      if (used > terminalWidth) {
        return Math.max(1, i);
      }
    }
    return widths.length;
  }

  /** Names the columns left out, in lines that fit {@code width} (0: one line). */
  private static void noteHiddenColumns(Writer out, DisplayRow columns, int shown, int width) throws IOException {
    int hidden = columns.columnCount() - shown;
    if (hidden > 0) {
      List<String> names = new ArrayList<>();
      for (int i = shown; i < columns.columnCount(); i++) {
        names.add(columns.label(i));
      }
      String note = "… " + Counted.of(hidden, "more column") + ": " + String.join(", ", names)
          + " (.mode line, or .maxwidth 0, shows all)";
      out.append(WrappedText.wrap(note, width, "")).append('\n');
    }
  }

  private static String[] headers(DisplayRow columns) {
    String[] headers = new String[columns.columnCount()];
    for (int i = 0; i < headers.length; i++) {
      headers[i] = columns.label(i);
    }
    return headers;
  }

  /** The widths of the widest value of each column, and of its name when {@code headers}. */
  private static int[] naturalWidths(BufferedRows result, boolean headers) {
    int[] widths = new int[result.columns.columnCount()];
    for (int i = 0; i < widths.length && headers; i++) {
      widths[i] = TextWidth.of(result.columns.label(i));
    }
    for (String[] row : result.rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], TextWidth.of(result.columns.text(row[i])));
      }
    }
    return widths;
  }

  /** Narrows the widest text column, one column at a time, until the table fits or none can shrink. */
  private static void shrinkToFit(DisplayRow columns, int[] widths, int terminalWidth) {
    int frame = 3 * widths.length + 1;
    int total = frame;
    for (int w : widths) {
      total += w;
    }
    while (total > terminalWidth) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        if (!columns.kind(i).rightAligned() && widths[i] > MIN_TEXT_WIDTH
            && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
      total--;
    }
  }

  private static String rule(char left, char middle, char right, int[] widths) {
    StringBuilder line = new StringBuilder().append(left);
    for (int i = 0; i < widths.length; i++) {
      line.append("─".repeat(widths[i] + 2)).append(i + 1 < widths.length ? middle : right);
    }
    return line.append('\n').toString();
  }

  /** One row; {@code style} (or null) styles the header, or the NULL cells of a data row. */
  private static void line(Writer out, String[] cells, DisplayRow columns, int[] widths, String style, boolean header)
      throws IOException {
    out.append('│');
    for (int i = 0; i < widths.length; i++) {
      boolean isNull = cells[i] == null;
      String text = TextWidth.fit(columns.text(cells[i]), widths[i]);
      String padded = TextWidth.pad(text, widths[i], !header && columns.kind(i).rightAligned());
      boolean styled = style != null && (header || isNull);
      out.append(' ').append(styled ? style + padded + RESET : padded).append(" │");
    }
    out.append('\n');
  }
}
