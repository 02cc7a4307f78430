package io.ttsql.shell.output;

import io.ttsql.udf.AddressFunctions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads result rows as the text people see: NULL as the chosen null value, addresses as {@code 0x…},
 * doubles without an exponent where they have few digits ({@code 12345678}, not {@code
 * 1.2345678E7}), tabs as blanks, control characters as {@link VisibleText} escapes, and line
 * breaks as {@code \n} (for the line format) or as visible marks so that one row stays one line.
 */
final class DisplayRow {
  static final char LINE_BREAK_MARK = '↵';
  private static final double PLAIN_FROM = 1e-4;
  private static final double PLAIN_BELOW = 1e15;

  private final List<String> labels = new ArrayList<>();
  private final List<ColumnKind> kinds = new ArrayList<>();
  private final List<Boolean> approximate = new ArrayList<>();
  private final boolean keepLineBreaks;
  private final String nullText;

  /**
   * @param keepLineBreaks whether values keep their line breaks (as {@code \n}) rather than showing
   *     them as {@value #LINE_BREAK_MARK}
   * @param nullValue the text that shows SQL NULL, made safe to print as any value is
   */
  DisplayRow(ResultSet rs, boolean keepLineBreaks, String nullValue) throws SQLException {
    this.keepLineBreaks = keepLineBreaks;
    this.nullText = shown(nullValue, keepLineBreaks);
    ResultSetMetaData md = rs.getMetaData();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      labels.add(shown(md.getColumnLabel(i), false));
      kinds.add(ColumnKind.of(md, i));
      int type = md.getColumnType(i);
      approximate.add(type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL);
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

  /** The text of a cell that {@link #read} gave: the null value for SQL NULL. */
  String text(String cell) {
    return cell == null ? nullText : cell;
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
    if (approximate.get(column)) {
      double value = rs.getDouble(column + 1);
      return rs.wasNull() ? null : plain(value);
    }
    String text = rs.getString(column + 1);
    return text == null ? null : shown(text, keepLineBreaks);
  }

  /**
   * {@code value} as Java writes it, but without the exponent Java uses from 10^7 up and below
   * 10^-3 when plain digits stay short (up to 10^15 and down to 10^-4), as psql shows them.
   */
  static String plain(double value) {
    double magnitude = Math.abs(value);
    boolean plainIsShort = magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW;
    return plainIsShort ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
  }

  /** {@code text} safe to print: line breaks as {@code \n} or as marks, tabs as blanks, controls escaped. */
  private static String shown(String text, boolean keepLineBreaks) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    return VisibleText.of(keepLineBreaks ? lines : lines.replace('\n', LINE_BREAK_MARK));
  }
}
