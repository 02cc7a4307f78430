package io.ttsql.engine.calcite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Whole numbers given as {@code long} for an INTEGER parameter, as Python's DB-API layers give
 * every int: Calcite's code for {@code LIMIT ?} and {@code OFFSET ?} casts its parameter to an
 * Integer and failed on a Long with a ClassCastException. Such a value is set as an int when it
 * fits; one that does not is passed on as it is, as a comparison with an INTEGER column ({@code
 * pid > ?}) takes it.
 */
final class IntegerParameters {
  private IntegerParameters() {}

  /**
   * Sets the parameter that {@code method(args)} would set, as an int, when that call gives a
   * Long that fits for an INTEGER parameter of {@code statement}.
   *
   * @return whether it did (the call is then done)
   */
  static boolean setNarrowed(PreparedStatement statement, String method, Object[] args) throws SQLException {
    if (!(method.equals("setLong") || method.equals("setObject")) || args.length != 2
        || !(args[0] instanceof Integer index) || !(args[1] instanceof Long value)
        || value != value.intValue() || statement.getParameterMetaData().getParameterType(index) != Types.INTEGER) {
      return false;
    }
    statement.setInt(index, value.intValue());
    return true;
  }
}
