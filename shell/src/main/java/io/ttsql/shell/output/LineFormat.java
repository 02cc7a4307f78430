package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One {@code column = value} line per column, a blank line between rows: for wide rows and long stacks. */
final class LineFormat implements OutputFormat {
  @Override
  public String name() {
    return "line";
  }

  @Override
  public boolean forPeople() {
    return true;
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    BufferedRows result = BufferedRows.read(rs, options.maxRows());
    int labelWidth = 0;
    for (int i = 0; i < result.columns.columnCount(); i++) {
      labelWidth = Math.max(labelWidth, TextWidth.of(result.columns.label(i)));
    }
    boolean first = true;
    for (String[] row : result.rows) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      for (int i = 0; i < row.length; i++) {
        out.append(TextWidth.pad(result.columns.label(i), labelWidth, true)).append(" = ")
            .append(row[i] == null ? DisplayRow.NULL : row[i]).append('\n');
      }
    }
    result.noteHidden(out);
    return result.total();
  }
}
