package io.ttsql.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved-query file: a header of {@code --} comment lines naming the query ({@code -- name:
 * net-leaks}), describing it ({@code -- description: …}) and declaring its parameters ({@code --
 * param: limit = 20}, {@code -- param: before = before (identifier)} for a name, or {@code --
 * param: server = server (schema of a server log)} for a schema of logs of one format), other comment
 * lines being free text, then the SQL body.
 */
final class QueryFileParser {
  /**
   * What follows the default of a parameter whose value is a name: {@code (identifier)}, or {@code
   * (schema of a server log)} for a schema that must hold logs of that format (group 1).
   */
  private static final Pattern IDENTIFIER_MARK = Pattern.compile("\\((?:identifier|schema of an? ([a-z_]+) log)\\)$");

  private QueryFileParser() {}

  /**
   * Parses the file of the query called {@code expectedName}.
   *
   * @throws IllegalArgumentException naming {@code file} and the line for a missing or wrong header
   */
  static SavedQuery parse(String file, String expectedName, String text) {
    String[] lines = text.split("\n", -1);
    String name = null;
    String description = null;
    List<QueryParameter> parameters = new ArrayList<>();
    int line = 0;
    while (line < lines.length && lines[line].strip().startsWith("--")) {
      String comment = lines[line].strip().substring(2).strip();
      String where = file + ":" + (line + 1) + ": ";
      if (comment.startsWith("name:")) {
        name = once(name, value(comment), where + "second name");
      } else if (comment.startsWith("description:")) {
        description = once(description, value(comment), where + "second description");
      } else if (comment.startsWith("param:")) {
        parameters.add(parameter(value(comment), where));
      }
      line++;
    }
    if (name == null || description == null || description.isEmpty()) {
      throw new IllegalArgumentException(file + ": no header: the file must start with '-- name: "
          + expectedName + "' and '-- description: …' comment lines");
    }
    if (!name.equals(expectedName)) {
      throw new IllegalArgumentException(file + ": its header names it " + name + ", not " + expectedName);
    }
    String body = String.join("\n", List.of(lines).subList(line, lines.length)).strip();
    if (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    try {
      return new SavedQuery(name, description, parameters, body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static String value(String comment) {
    return comment.substring(comment.indexOf(':') + 1).strip();
  }

  private static String once(String previous, String value, String error) {
    if (previous != null) {
      throw new IllegalArgumentException(error);
    }
    return value;
  }

  /**
   * {@code name = default}, or {@code name = default (identifier)} for a parameter that names
   * something, {@code name = default (schema of a server log)} for one that names a schema of
   * logs of that format.
   */
  private static QueryParameter parameter(String declaration, String where) {
    int eq = declaration.indexOf('=');
    String name = eq < 0 ? "" : declaration.substring(0, eq).strip();
    if (eq < 0 || !QueryParameter.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%sparameter '%s' is not 'name = default'", where, declaration));
    }
    String value = declaration.substring(eq + 1).strip();
    QueryParameter.Kind kind = QueryParameter.Kind.VALUE;
    String logFormat = null;
    Matcher mark = IDENTIFIER_MARK.matcher(value);
    if (mark.find()) {
      kind = QueryParameter.Kind.IDENTIFIER;
      logFormat = mark.group(1);
      value = value.substring(0, mark.start()).strip();
    }
    try {
      return new QueryParameter(name, value, kind, logFormat);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }
}
