package io.ttsql.engine.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A query result in a form two engines can agree on: lower-case column labels, and rows sorted,
 * each value written the same way whatever JDBC type the engine chose (BIGINT or HUGEINT, DOUBLE or
 * DECIMAL): numbers as plain decimals, floating point to 12 significant digits, NULL as {@code NULL},
 * anything else as {@code getString} gives it.
 *
 * @param columns the column labels, in order
 * @param rows each row's values joined by {@code " | "}, sorted
 */
public record CanonicalResult(List<String> columns, List<String> rows) {
  private static final MathContext DOUBLE_DIGITS = new MathContext(12);

  /** Reads all of {@code rs}. */
  public static CanonicalResult read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
    }
    List<String> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        values.add(value(rs, i));
      }
      rows.add(String.join(" | ", values));
    }
    Collections.sort(rows);
    return new CanonicalResult(List.copyOf(columns), List.copyOf(rows));
  }

  private static String value(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Double || value instanceof Float) {
      return new BigDecimal(((Number) value).doubleValue()).round(DOUBLE_DIGITS).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    return rs.getString(column);
  }
}
