package io.ttsql.shell.output;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/** How a result column is shown to people: numbers right-aligned, addresses in hex, the rest as text. */
public enum ColumnKind {
  NUMBER,
  ADDRESS,
  BOOLEAN,
  TEXT;

  /** The kind of column {@code column} (1-based) of a result. */
  public static ColumnKind of(ResultSetMetaData md, int column) throws SQLException {
    int type = md.getColumnType(column);
    return switch (type) {
      case Types.BIGINT -> isAddressName(md.getColumnLabel(column)) ? ADDRESS : NUMBER;
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL,
          Types.NUMERIC -> NUMBER;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      default -> TEXT;
    };
  }

  /** Device addresses and C++ pointers read best in hex, as the logs print them. */
  private static boolean isAddressName(String label) {
    String name = label.toLowerCase(Locale.ROOT);
    return name.equals("address") || name.endsWith("_address") || name.equals("buffer_ptr");
  }

  public boolean rightAligned() {
    return this == NUMBER || this == ADDRESS;
  }
}
