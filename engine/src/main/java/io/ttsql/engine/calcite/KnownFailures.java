package io.ttsql.engine.calcite;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures of a statement whose cause is known, said in SQL's words with PostgreSQL's SQLState
 * rather than in the words of the Java code that met them: a division by zero (Java's, or the
 * DuckDB store's), arithmetic beyond a BIGINT, an INTEGER or (the DuckDB store's) a SMALLINT or
 * TINYINT, and a parameter of {@code LIMIT ?}
 * or {@code OFFSET ?} that is NULL or beyond an INTEGER (a NullPointerException and a
 * ClassCastException in Calcite's code; a NULL one the DuckDB store refuses with SQLState 22004
 * when it is set); and the statements ttsql refuses itself ({@link
 * StatementRefusal}), in their own words.
 */
final class KnownFailures {
  /** DuckDB's words for arithmetic beyond an integer type: {@code Overflow in addition of INT64 (…)}. */
  private static final Pattern DUCKDB_OVERFLOW = Pattern.compile("Overflow in \\w+ of (INT64|INT32|INT16|INT8)\\b");

  private KnownFailures() {}

  /** {@code failure}, whose deepest cause is {@code root}, as its known SQLException, or null. */
  static SQLException of(Throwable root, Throwable failure) {
    if (root instanceof StatementRefusal refusal) {
      return new SQLException(refusal.getMessage(), refusal.sqlState(), failure);
    }
    String message = String.valueOf(root.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("by zero") && (root instanceof ArithmeticException || root instanceof SQLException)) {
      return new SQLException("division by zero", "22012", failure);
    }
    if (root instanceof ArithmeticException && lower.contains("overflow")) { // "long overflow", "integer overflow"
      return new SQLException((lower.startsWith("integer") ? "INTEGER" : "BIGINT") + " out of range", "22003", failure);
    }
    Matcher duckDbOverflow = DUCKDB_OVERFLOW.matcher(message);
    if (root instanceof SQLException && duckDbOverflow.find()) { // the DuckDB store's arithmetic
      String type = switch (duckDbOverflow.group(1)) {
        case "INT32" -> "INTEGER";
        case "INT16" -> "SMALLINT";
        case "INT8" -> "TINYINT";
        default -> "BIGINT";
      };
      return new SQLException(type + " out of range", "22003", failure);
    }
    if (root instanceof NullPointerException && message.contains("DataContext.get")
        || root instanceof SQLException nullRowCount && "22004".equals(nullRowCount.getSQLState())) { // the DuckDB store's
      return new SQLException("a parameter is NULL where a number is needed, such as LIMIT ? or OFFSET ?", "22004",
          failure);
    }
    if (root instanceof ClassCastException && message.contains("java.lang.Long cannot be cast to class java.lang.Integer")) {
      return new SQLException("a parameter is beyond an INTEGER where one is needed, such as LIMIT ? or OFFSET ?"
          + " (at most 2147483647)", "22003", failure);
    }
    return null;
  }
}
