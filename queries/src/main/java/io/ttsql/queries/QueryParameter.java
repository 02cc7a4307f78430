package io.ttsql.queries;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter of a saved query, declared in its header as {@code -- param: limit = 20} (a value),
 * {@code -- param: before = before (identifier)} (a name, such as a schema's) or {@code -- param:
 * server = server (schema of a server log)} (the name of a schema that must hold logs of one
 * format), and used in its body as {@code :limit} or {@code :server}.
 *
 * @param name lower-case letters, digits and {@code _}, starting with a letter
 * @param defaultValue the value when none is given, as it would be given on the command line
 * @param kind whether a value becomes an SQL literal or a quoted identifier
 * @param logFormat for the name of a schema, the format ({@code server}, {@code buffer_debug}) of
 *     the logs it must hold; else null
 */
public record QueryParameter(String name, String defaultValue, Kind kind, String logFormat) {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** A count such as a row limit: a parameter whose default is one takes only such values. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
  /** The largest count: SQL's {@code LIMIT} takes an {@code INTEGER}. */
  private static final BigInteger MAX_COUNT = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** How a parameter's value enters the SQL. */
  public enum Kind {
    /** An SQL literal: see {@link #literal}. */
    VALUE,
    /** A name, such as a schema's, that becomes a double-quoted identifier: see {@link #sql}. */
    IDENTIFIER
  }

  public QueryParameter {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(defaultValue, "defaultValue is null");
    Objects.requireNonNull(kind, "kind is null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("parameter name " + name + " is not lower-case letters, digits and _");
    }
    if (kind == Kind.IDENTIFIER && !IDENTIFIER.matcher(defaultValue).matches()) {
      throw new IllegalArgumentException("parameter " + name + " is an identifier, but its default " + defaultValue
          + " is not letters, digits and _ starting with a letter or _");
    }
    if (logFormat != null && kind != Kind.IDENTIFIER) {
      throw new IllegalArgumentException("parameter " + name + " names a schema, so it is an identifier");
    }
  }

  /**
   * The SQL text that stands for {@code value} in the body.
   *
   * @throws QueryException for an identifier that is not letters, digits and {@code _}, or a value
   *     that is not a whole number from 0 to 2147483647 where the default is a whole number
   */
  public String sql(String value) {
    if (kind == Kind.VALUE) {
      if (WHOLE_NUMBER.matcher(defaultValue).matches() && !isCount(value)) {
        throw new QueryException("parameter " + name + " takes a whole number from 0 to " + MAX_COUNT
            + ", like its default " + defaultValue + ", not '" + value + "'");
      }
      return literal(value);
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new QueryException("parameter " + name + " takes a name (letters, digits and _, starting with a letter"
          + " or _), not '" + value + "'");
    }
    return identifier(value);
  }

  /** Whether {@code value} is a whole number a count can take, from 0 to {@link #MAX_COUNT}. */
  private static boolean isCount(String value) {
    return WHOLE_NUMBER.matcher(value).matches() && new BigInteger(value).compareTo(MAX_COUNT) <= 0;
  }

  /**
   * The SQL literal of a value: a number stays a number ({@code 20}, {@code -1.5}), anything else
   * becomes a string literal with each {@code '} doubled ({@code O'Brien} gives {@code 'O''Brien'}).
   */
  public static String literal(String value) {
    return NUMBER.matcher(value).matches() ? value : "'" + value.replace("'", "''") + "'";
  }

  /**
   * The quoted identifier of a name already checked to be letters, digits and {@code _}: {@code
   * before} gives {@code "before"}, so that reserved words work and nothing else can.
   */
  private static String identifier(String name) {
    return '"' + name + '"';
  }
}
