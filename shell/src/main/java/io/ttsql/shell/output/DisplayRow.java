package io.ttsql.shell.output;

import io.ttsql.udf.AddressFunctions;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads result rows as the text people see: NULL as {@value #NULL}, addresses as {@code 0x…}, tabs
 * as blanks, control characters as {@link VisibleText} escapes, and line breaks as {@code \n} (for
 * the line format) or as visible marks so that one row stays one line.
 */
final class DisplayRow {
  static final String NULL = "NULL";
  static final char LINE_BREAK_MARK = '↵';

  private final List<String> labels = new ArrayList<>();
  private final List<ColumnKind> kinds = new ArrayList<>();
  private final boolean keepLineBreaks;

  /**
   * @param keepLineBreaks whether values keep their line breaks (as {@code \n}) rather than showing
   *     them as {@value #LINE_BREAK_MARK}
   */
  DisplayRow(ResultSet rs, boolean keepLineBreaks) throws SQLException {
    this.keepLineBreaks = keepLineBreaks;
    ResultSetMetaData md = rs.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      labels.add(shown(md.getColumnLabel(i), false));
      kinds.add(ColumnKind.of(md, i));
    }
  }

  int columnCount() {
    return labels.size();
  }

  String label(int column) {
    return labels.get(column);
  }

  ColumnKind kind(int column) {
    return kinds.get(column);
  }

  /** The current row's values as text; a null element stands for SQL NULL. */
  String[] read(ResultSet rs) throws SQLException {
    String[] cells = new String[labels.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(rs, i);
    }
    return cells;
  }

  private String cell(ResultSet rs, int column) throws SQLException {
    if (kinds.get(column) == ColumnKind.ADDRESS) {
      long value = rs.getLong(column + 1);
      return rs.wasNull() ? null : AddressFunctions.hex(value);
    }
    String text = rs.getString(column + 1);
    return text == null ? null : shown(text, keepLineBreaks);
  }

  /** {@code text} safe to print: line breaks as {@code \n} or as marks, tabs as blanks, controls escaped. */
  private static String shown(String text, boolean keepLineBreaks) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    return VisibleText.of(keepLineBreaks ? lines : lines.replace('\n', LINE_BREAK_MARK));
  }
}
