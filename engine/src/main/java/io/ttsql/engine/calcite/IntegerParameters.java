package io.ttsql.engine.calcite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Whole numbers given as {@code long} for an INTEGER parameter, as Python's DB-API layers give
 * every int: Calcite's code for {@code LIMIT ?} and {@code OFFSET ?} casts its parameter to an
 * Integer and failed on a Long with a ClassCastException. Such a value is set as an int when it
 * fits, and refused with SQLState 22003 when it does not.
 */
final class IntegerParameters {
  /** SQLState of a numeric value out of range. */
  private static final String OUT_OF_RANGE = "22003";

  private IntegerParameters() {}

  /**
   * Sets the parameter that {@code method(args)} would set, as an int, when that call gives a
   * Long for an INTEGER parameter of {@code statement}.
   *
   * @return whether it did (the call is then done)
   */
  static boolean setNarrowed(PreparedStatement statement, String method, Object[] args) throws SQLException {
    if (!(method.equals("setLong") || method.equals("setObject")) || args.length != 2
        || !(args[0] instanceof Integer index) || !(args[1] instanceof Long value)
        || statement.getParameterMetaData().getParameterType(index) != Types.INTEGER) {
      return false;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new SQLException("parameter " + index + " is an INTEGER: " + value + " is out of its range", OUT_OF_RANGE);
    }
    statement.setInt(index, value.intValue());
    return true;
  }
}
