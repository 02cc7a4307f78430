package io.ttsql.shell.session;

import io.ttsql.engine.NearestName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hint for a table or column that is not there ({@code Object 'evnts' not found}): the name meant. */
public final class UnknownNameHint {
  private static final Pattern NOT_FOUND = Pattern.compile("^(Object|Column) '([^']+)' not found");

  private UnknownNameHint() {}

  /** {@code did you mean events?} for a failure whose reason names an unknown table or column, or empty. */
  public static Optional<String> of(String reason, Connection connection) {
    Matcher notFound = NOT_FOUND.matcher(reason);
    if (!notFound.find()) {
      return Optional.empty();
    }
    String names = notFound.group(1).equals("Object")
        ? "select distinct table_name from ttsql_columns"
        : "select distinct column_name from ttsql_columns";
    TreeSet<String> known = new TreeSet<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(names)) {
      while (rs.next()) {
        known.add(rs.getString(1));
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
    return NearestName.of(notFound.group(2), known).map(name -> "did you mean " + name + "?");
  }
}
