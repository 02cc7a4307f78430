package io.ttsql.shell.output;

import io.ttsql.engine.Counted;
import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a result held as display text (formats meant for people need them all to
 * size columns), and the count of the rows past the limit, which are read but not kept.
 */
final class BufferedRows {
  final DisplayRow columns;
  final List<String[]> rows = new ArrayList<>();
  long hidden;

  private BufferedRows(DisplayRow columns) {
    this.columns = columns;
  }

  /**
   * Reads all of {@code rs}, keeping at most {@code options.maxRows()} rows (0: all), their values
   * on one line each unless {@code keepLineBreaks}.
   */
  static BufferedRows read(ResultSet rs, OutputOptions options, boolean keepLineBreaks) throws SQLException {
    BufferedRows result = new BufferedRows(new DisplayRow(rs, keepLineBreaks, options.nullValue()));
    long maxRows = options.maxRows();
    while (rs.next()) {
      if (maxRows == 0 || result.rows.size() < maxRows) {
        result.rows.add(result.columns.read(rs));
      } else {
        result.hidden++;
      }
    }
    return result;
  }

  long total() {
    return rows.size() + hidden;
  }

  /** Writes the note about rows past the limit, if any, in lines that fit {@code width} (0: one line). */
  void noteHidden(Writer out, int width) throws IOException {
    if (hidden > 0) {
      String note = "… " + Counted.of(hidden, "more row") + " not shown (.maxrows 0, or --max-rows 0, shows all)";
      out.append(WrappedText.wrap(note, width, "")).append('\n');
    }
  }
}
