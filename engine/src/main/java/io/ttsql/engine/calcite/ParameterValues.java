package io.ttsql.engine.calcite;

import io.ttsql.udf.AddressFunctions;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * Parameter values set in the Java type a client has rather than the one Calcite's code casts
 * to, for a whole-number parameter. A {@code long} for an INTEGER parameter, as Python's DB-API
 * layers give every int: Calcite's code for {@code LIMIT ?} and {@code OFFSET ?} failed on a Long
 * with a ClassCastException; it is set as an int when it fits, and otherwise passed on as it is,
 * as a comparison with an INTEGER column ({@code pid > ?}) takes it. Text, such as an address
 * copied from the logs ({@code '0x3fe00000'}): read as a decimal or {@code 0x} hex number, as the
 * SQL text reads them (and an address of 2^63 or more in decimal, as the logs print it), where
 * Calcite failed with a ClassCastException; text that is no number is refused with an error that
 * names the parameter.
 */
final class ParameterValues {
  /** SQLState of a value that is not a number of the parameter's type: invalid character value for cast. */
  private static final String NOT_A_NUMBER = "22018";

  private ParameterValues() {}

  /**
   * Sets the parameter that {@code method(args)} would set, as a number of the parameter's type,
   * when that call gives a Long for an INTEGER parameter or text for a whole-number one.
   *
   * @return whether it did (the call is then done)
   * @throws SQLException for text that is not a whole number of the parameter's type
   */
  static boolean setConverted(PreparedStatement statement, String method, Object[] args) throws SQLException {
    if (!(method.equals("setLong") || method.equals("setObject") || method.equals("setString")) || args.length != 2
        || !(args[0] instanceof Integer index) || !(args[1] instanceof Long || args[1] instanceof String)) {
      return false;
    }
    ParameterMetaData parameters = statement.getParameterMetaData();
    int type = index >= 1 && index <= parameters.getParameterCount() ? parameters.getParameterType(index) : Types.OTHER;
    if (args[1] instanceof Long value) {
      if (type != Types.INTEGER || value != value.intValue()) {
        return false;
      }
      statement.setInt(index, value.intValue());
      return true;
    }
    if (!(type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT)) {
      return false;
    }
    String typeName = parameters.getParameterTypeName(index);
    String text = (String) args[1];
    if (type == Types.BIGINT) {
      statement.setLong(index, wholeNumber(index, typeName, text, true));
    } else {
      statement.setInt(index, inRange(index, typeName, text, wholeNumber(index, typeName, text, false), type));
    }
    return true;
  }

  /**
   * {@code text} as a signed decimal or a {@code 0x} hex number; for a BIGINT parameter ({@code
   * address}) also an unsigned decimal up to 2^64 - 1, as the logs print addresses and BIGINT
   * columns store them ({@link AddressFunctions#parseAddress}).
   */
  private static long wholeNumber(int index, String typeName, String text, boolean address) throws SQLException {
    String number = text.strip();
    try {
      if (number.startsWith("-") || number.startsWith("+") || (!address && number.matches("[0-9]+"))) {
        return Long.parseLong(number);
      }
      long value = AddressFunctions.parseAddress(number);
      if (value < 0 && !address) {
        throw notANumber(index, typeName, text); // 2^63 or more: beyond any type but an address's
      }
      return value;
    } catch (IllegalArgumentException e) {
      throw notANumber(index, typeName, text);
    }
  }

  private static int inRange(int index, String typeName, String text, long value, int type) throws SQLException {
    long limit = type == Types.INTEGER ? Integer.MAX_VALUE : type == Types.SMALLINT ? Short.MAX_VALUE : Byte.MAX_VALUE;
    if (value > limit || value < -limit - 1) {
      throw notANumber(index, typeName, text);
    }
    return (int) value;
  }

  private static SQLException notANumber(int index, String typeName, String text) {
    return new SQLException(String.format(Locale.ROOT,
        "parameter %d is %s: '%s' is not a whole number of that type (decimal or 0x… hex)", index, typeName, text),
        NOT_A_NUMBER);
  }
}
