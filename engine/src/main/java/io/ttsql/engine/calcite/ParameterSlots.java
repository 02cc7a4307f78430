package io.ttsql.engine.calcite;

import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * Which parameters of a prepared statement have been given a value, so that a run with one
 * missing fails naming it ({@code no value given for parameter 2 of 2}, SQLState 07001, as
 * JDBC drivers say it) instead of Calcite's {@code exception while executing query: exception
 * while executing query: unbound parameter}, without a state.
 */
final class ParameterSlots {
  /** SQLState of a run with a parameter without a value: wrong number of parameters. */
  static final String MISSING_STATE = "07001";

  private final BitSet given = new BitSet();

  /** Notes what a call that returned normally did to the parameters: set one, or clear them all. */
  void after(Method method, Object[] args) {
    if (method.getName().equals("clearParameters")) {
      given.clear();
    } else if (method.getDeclaringClass() == PreparedStatement.class && method.getName().startsWith("set")
        && args != null && args.length > 0 && args[0] instanceof Integer index && index > 0) {
      given.set(index);
    }
  }

  /** Fails when one of the {@code statement}'s parameters has no value before its run {@code method}. */
  void checkBefore(PreparedStatement statement, Method method, Object[] args) throws SQLException {
    if (args != null && args.length > 0 || method.getDeclaringClass() != PreparedStatement.class) {
      return; // a run of other SQL, which PreparedStatement refuses itself
    }
    int count = statement.getParameterMetaData().getParameterCount();
    int missing = given.nextClearBit(1);
    if (missing <= count) {
      throw new SQLException("no value given for parameter " + missing + " of " + count, MISSING_STATE);
    }
  }
}
