package io.ttsql.queries;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One saved query: its name, one-line description, parameters with their defaults, and its SQL
 * body with {@code :name} placeholders. Read from a file by {@link QueryFileParser}.
 *
 * @param name lower-case words joined by {@code -}, e.g. {@code net-leaks}
 * @param description what it answers, in one line
 * @param parameters the declared parameters, each used in {@code sql}
 * @param sql the body: one statement without a final {@code ;}
 */
public record SavedQuery(String name, String description, List<QueryParameter> parameters, String sql) {
  /** What a query name looks like: nothing path-like can match. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public SavedQuery {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(sql, "sql is null");
    parameters = List.copyOf(parameters);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("query name " + name + " is not lower-case words joined by -");
    }
    if (description.isBlank() || sql.isBlank()) {
      throw new IllegalArgumentException("query " + name + " needs a description and a body");
    }
    Set<String> declared = new HashSet<>();
    for (QueryParameter p : parameters) {
      if (!declared.add(p.name())) {
        throw new IllegalArgumentException("query " + name + " declares parameter " + p.name() + " twice");
      }
    }
    Set<String> used = Placeholders.names(sql);
    if (!used.equals(declared)) {
      throw new IllegalArgumentException("query " + name + " declares parameters " + sorted(declared)
          + " but its body uses " + sorted(used));
    }
  }

  /**
   * The SQL to run: each placeholder replaced by the SQL text of its value (see {@link
   * QueryParameter#sql}: a literal, or a quoted identifier), the given value or else the default.
   *
   * @param values parameter values by name
   * @throws QueryException for a name that is not a parameter of this query, or a value its parameter cannot take
   */
  public String bind(Map<String, String> values) {
    Map<String, QueryParameter> byName = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (QueryParameter p : parameters) {
      byName.put(p.name(), p);
      texts.put(p.name(), p.sql(p.defaultValue()));
    }
    for (Map.Entry<String, String> given : values.entrySet()) {
      QueryParameter p = byName.get(given.getKey());
      if (p == null) {
        throw new QueryException("query " + name + " has no parameter " + given.getKey()
            + (parameters.isEmpty() ? " (it takes none)" : " (parameters: " + parameterList() + ")"));
      }
      texts.put(p.name(), p.sql(given.getValue()));
    }
    return Placeholders.substitute(sql, texts);
  }

  /**
   * The names its identifier parameters stand for (the schemas of the queries that compare two
   * logs), by parameter, in declaration order: the given value, or else the default.
   */
  public Map<String, String> names(Map<String, String> values) {
    Map<String, String> names = new LinkedHashMap<>();
    for (QueryParameter p : parameters) {
      if (p.kind() == QueryParameter.Kind.IDENTIFIER) {
        names.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
      }
    }
    return names;
  }

  /** The parameters as {@code limit=20, top=5}, or an empty string. */
  public String parameterList() {
    return parameters.stream().map(p -> p.name() + "=" + p.defaultValue()).collect(Collectors.joining(", "));
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
