package io.ttsql.engine.calcite;

import io.ttsql.udf.AddressFunctions;
import java.math.BigDecimal;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Parameter values set in the Java type a client has rather than the one Calcite's code casts
 * to, where Calcite failed with a ClassCastException or quietly narrowed the value. A {@code long}
 * for an INTEGER parameter, as Python's DB-API layers give every int ({@code LIMIT ?}, {@code pid
 * = ?}): set as an int when it fits, refused when it does not (Calcite kept its low 32 bits, so
 * {@code pid = 2^32 + 7} found pid 7). Text, such as an address copied from the logs ({@code
 * '0x3fe00000'}), for a whole-number parameter: read as a decimal or {@code 0x} hex number, as the
 * SQL text reads them (and an address of 2^63 or more in decimal, as the logs print it). Text, a
 * {@link LocalTime} or a {@link Timestamp} (its time of day) for a TIME parameter ({@code "time"
 * >= ?}); text ({@code 'true'}, {@code 'f'}, {@code 'yes'}, {@code '0'}…, as PostgreSQL reads
 * them) or 0 and 1 for a BOOLEAN one; text for a DOUBLE or DECIMAL one. A value that is none of
 * these is refused with an error that names the parameter.
 */
final class ParameterValues {
  /** SQLState of a value that is not a number of the parameter's type: invalid character value for cast. */
  private static final String NOT_A_NUMBER = "22018";
  /** SQLState of a number beyond the parameter's type: numeric value out of range. */
  private static final String OUT_OF_RANGE = "22003";
  /** SQLState of text that is not a time: invalid datetime format. */
  private static final String NOT_A_TIME = "22007";
  /** The setters whose value may be converted. */
  private static final Set<String> SETTERS = Set.of("setLong", "setInt", "setObject", "setString", "setTimestamp");
  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");

  private ParameterValues() {}

  /**
   * Sets the parameter that {@code method(args)} would set, as a value of the parameter's type,
   * when that call gives one that Calcite would fail on or narrow.
   *
   * @return whether it did (the call is then done)
   * @throws SQLException for a value that is not one of the parameter's type
   */
  static boolean setConverted(PreparedStatement statement, String method, Object[] args) throws SQLException {
    if (!SETTERS.contains(method) || args.length != 2 || !(args[0] instanceof Integer index) || args[1] == null) {
      return false;
    }
    ParameterMetaData parameters = statement.getParameterMetaData();
    if (index < 1 || index > parameters.getParameterCount()) {
      return false;
    }
    Parameter parameter = new Parameter(statement, index, parameters.getParameterType(index),
        parameters.getParameterTypeName(index));
    Object value = args[1];
    return switch (parameter.type()) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> parameter.setWholeNumber(value);
      case Types.TIME -> parameter.setTime(value);
      case Types.BOOLEAN -> parameter.setBoolean(value);
      case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> parameter.setFraction(value);
      default -> false;
    };
  }

  /** One parameter of a statement: its index, JDBC type and SQL type name. */
  private record Parameter(PreparedStatement statement, int index, int type, String typeName) {
    boolean setWholeNumber(Object value) throws SQLException {
      if (value instanceof Long number && type != Types.BIGINT) {
        statement.setInt(index, inRange(number, number.toString()));
        return true;
      }
      if (!(value instanceof String text)) {
        return false;
      }
      if (type == Types.BIGINT) {
        statement.setLong(index, wholeNumber(text, true));
      } else {
        statement.setInt(index, inRange(wholeNumber(text, false), "'" + text + "'"));
      }
      return true;
    }

    boolean setTime(Object value) throws SQLException {
      LocalTime time;
      if (value instanceof LocalTime local) {
        time = local;
      } else if (value instanceof Timestamp timestamp) {
        time = timestamp.toLocalDateTime().toLocalTime();
      } else if (value instanceof String text) {
        try {
          time = LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
          throw new SQLException(String.format(Locale.ROOT,
              "parameter %d is TIME: '%s' is not a time of day (HH:MM:SS, as the debug log prints it)", index, text),
              NOT_A_TIME);
        }
      } else {
        return false;
      }
      statement.setTime(index, Time.valueOf(time));
      return true;
    }

    boolean setBoolean(Object value) throws SQLException {
      String text = value instanceof String s ? s.strip().toLowerCase(Locale.ROOT)
          : value instanceof Integer || value instanceof Long ? value.toString() : null;
      if (text == null) {
        return false;
      }
      if (!TRUE.contains(text) && !FALSE.contains(text)) {
        throw wrongValue("'" + value + "' is not true or false (true, false, t, f, yes, no, on, off, 1, 0)");
      }
      statement.setBoolean(index, TRUE.contains(text));
      return true;
    }

    boolean setFraction(Object value) throws SQLException {
      if (!(value instanceof String text)) {
        return false;
      }
      try {
        statement.setBigDecimal(index, new BigDecimal(text.strip()));
      } catch (NumberFormatException e) {
        throw wrongValue("'" + text + "' is not a number");
      }
      return true;
    }

    /**
     * {@code text} as a signed decimal or a {@code 0x} hex number; for a BIGINT parameter ({@code
     * address}) also an unsigned decimal up to 2^64 - 1, as the logs print addresses and BIGINT
     * columns store them ({@link AddressFunctions#parseAddress}).
     */
    private long wholeNumber(String text, boolean address) throws SQLException {
      String number = text.strip();
      try {
        if (number.startsWith("-") || number.startsWith("+") || (!address && number.matches("[0-9]+"))) {
          return Long.parseLong(number);
        }
        long value = AddressFunctions.parseAddress(number);
        if (value < 0 && !address) {
          throw notAWholeNumber(text); // 2^63 or more: beyond any type but an address's
        }
        return value;
      } catch (IllegalArgumentException e) {
        throw notAWholeNumber(text);
      }
    }

    /** {@code value} as an int when the parameter's type holds it; {@code shown} is the value as the client gave it. */
    private int inRange(long value, String shown) throws SQLException {
      long limit = type == Types.INTEGER ? Integer.MAX_VALUE : type == Types.SMALLINT ? Short.MAX_VALUE : Byte.MAX_VALUE;
      if (value > limit || value < -limit - 1) {
        throw new SQLException(String.format(Locale.ROOT, "parameter %d is %s: %s is beyond it (%d to %d)", index,
            typeName, shown, -limit - 1, limit), OUT_OF_RANGE);
      }
      return (int) value;
    }

    private SQLException notAWholeNumber(String text) {
      return wrongValue("'" + text + "' is not a whole number of that type (decimal or 0x… hex)");
    }

    private SQLException wrongValue(String why) {
      return new SQLException(String.format(Locale.ROOT, "parameter %d is %s: %s", index, typeName, why), NOT_A_NUMBER);
    }
  }
}
