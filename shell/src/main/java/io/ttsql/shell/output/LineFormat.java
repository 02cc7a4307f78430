package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One {@code column = value} line per column, a blank line between rows: for wide rows and long
 * stacks. A value's further lines are indented under its first, as in DuckDB's and psql's line modes.
 */
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
    BufferedRows result = BufferedRows.read(rs, options, true);
    int labelWidth = 0;
    for (int i = 0; i < result.columns.columnCount(); i++) {
      labelWidth = Math.max(labelWidth, TextWidth.of(result.columns.label(i)));
    }
    String indent = " ".repeat(labelWidth + 3);
    boolean first = true;
    for (String[] row : result.rows) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      for (int i = 0; i < row.length; i++) {
        out.append(TextWidth.pad(result.columns.label(i), labelWidth, true)).append(" = ");
        indented(out, result.columns.text(row[i]), indent);
        out.append('\n');
      }
    }
    result.noteHidden(out, options.width());
    return result.total();
  }

  /** Writes {@code value}'s lines, the further ones after {@code indent}; line breaks at its end are dropped. */
  private static void indented(Writer out, String value, String indent) throws IOException {
    String[] lines = value.split("\n");
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        out.append('\n').append(lines[k].isEmpty() ? "" : indent);
      }
      out.append(lines[k]);
    }
  }
}
