package io.ttsql.queries;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter of a saved query, declared in its header as {@code -- param: limit = 20} and used in
 * its body as {@code :limit}.
 *
 * @param name lower-case letters, digits and {@code _}, starting with a letter
 * @param defaultValue the value when none is given, as it would be given on the command line
 */
public record QueryParameter(String name, String defaultValue) {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  public QueryParameter {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(defaultValue, "defaultValue is null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("parameter name " + name + " is not lower-case letters, digits and _");
    }
  }

  /**
   * The SQL literal of a value: a number stays a number ({@code 20}, {@code -1.5}), anything else
   * becomes a string literal with each {@code '} doubled ({@code O'Brien} gives {@code 'O''Brien'}).
   */
  public static String literal(String value) {
    return NUMBER.matcher(value).matches() ? value : "'" + value.replace("'", "''") + "'";
  }
}
