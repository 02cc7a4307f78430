package io.ttsql.shell.output;

import io.ttsql.udf.AddressFunctions;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads result rows as the text people see: NULL as {@value #NULL}, addresses as {@code 0x…},
 * line breaks and tabs as visible marks so that one row stays one line.
 */
final class DisplayRow {
  static final String NULL = "NULL";

  private final List<String> labels = new ArrayList<>();
  private final List<ColumnKind> kinds = new ArrayList<>();

  DisplayRow(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      labels.add(md.getColumnLabel(i));
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
    return text == null ? null : oneLine(text);
  }

  /** Replaces line breaks and tabs, which would break a table's rows, with visible marks. */
  static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\t') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵').replace('\t', ' ');
  }
}
