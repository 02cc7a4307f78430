package io.ttsql.engine.duckdb;

import io.ttsql.engine.calcite.SqlLexer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A DuckDB statement that Calcite's JDBC adapter prepared, taking the parameter values the adapter
 * sets in Calcite's own representation as the memory store reads them: a TIME parameter, which the
 * adapter sets as its milliseconds of the day ({@code setInt}), as that time of day (DuckDB
 * refused to compare the INTEGER with a TIME); and a NULL row count of {@code LIMIT ?} or {@code
 * OFFSET ?}, which DuckDB read as no limit at all, refused with SQLState 22004 as the memory store
 * refuses it.
 */
final class CalciteParameters {
  /** How Calcite's DuckDB SQL writes a parameter as a row count: {@code FETCH NEXT ? ROWS ONLY}, {@code OFFSET ? ROWS}. */
  private static final Pattern ROW_COUNT = Pattern.compile("\\b(?:FETCH\\s+NEXT|OFFSET)\\s+$", Pattern.CASE_INSENSITIVE);
  /** SQLState of a NULL where a value is needed: null value not allowed. */
  private static final String NULL_NOT_ALLOWED = "22004";

  private CalciteParameters() {}

  /** {@code statement}, prepared from {@code sql}, as it takes Calcite's parameter values. */
  static PreparedStatement of(PreparedStatement statement, String sql) {
    Set<Integer> rowCounts = rowCountParameters(sql);
    ParameterTypes types = new ParameterTypes(statement);
    return (PreparedStatement) Proxy.newProxyInstance(CalciteParameters.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (args != null && args.length >= 2 && args[0] instanceof Integer index) {
            if (rowCounts.contains(index) && (name.equals("setNull") || name.startsWith("setObject") && args[1] == null)) {
              throw new SQLException("a parameter is NULL where a number is needed, such as LIMIT ? or OFFSET ?",
                  NULL_NOT_ALLOWED);
            }
            if (name.equals("setInt") && types.type(index) == Types.TIME) {
              statement.setObject(index, LocalTime.ofNanoOfDay((Integer) args[1] * 1_000_000L));
              return null;
            }
          }
          try {
            return method.invoke(statement, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The 1-based indexes of the parameters of {@code sql} that are row counts of a LIMIT or an OFFSET. */
  static Set<Integer> rowCountParameters(String sql) {
    Set<Integer> rowCounts = new HashSet<>();
    int parameter = 0;
    for (int i = 0; i < sql.length(); ) {
      int after = SqlLexer.skipQuotedOrComment(sql, i);
      if (after > i) {
        i = after;
        continue;
      }
      if (sql.charAt(i) == '?') {
        parameter++;
        if (ROW_COUNT.matcher(sql.substring(Math.max(0, i - 20), i)).find()) {
          rowCounts.add(parameter);
        }
      }
      i++;
    }
    return rowCounts;
  }

  /** The JDBC types of a statement's parameters, as DuckDB inferred them, read when first needed. */
  private static final class ParameterTypes {
    private final PreparedStatement statement;
    private ParameterMetaData metadata;

    ParameterTypes(PreparedStatement statement) {
      this.statement = statement;
    }

    int type(int index) throws SQLException {
      if (metadata == null) {
        metadata = statement.getParameterMetaData();
      }
      return index <= metadata.getParameterCount() ? metadata.getParameterType(index) : Types.OTHER;
    }
  }
}
