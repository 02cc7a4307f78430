package io.ttsql.shell.commands;

import io.ttsql.engine.Ttsql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ttsql schemas of the session's connection, and SQL that reads one table from each of them. */
final class Schemas {
  private Schemas() {}

  /** The schema names, in load order. */
  static List<String> names(Connection connection) throws SQLException {
    return new ArrayList<>(Ttsql.sources(connection).keySet());
  }

  /** The loaded schema called {@code name}, whatever its case (SQL names ignore case). */
  static String named(Connection connection, String name) throws CommandException, SQLException {
    List<String> loaded = names(connection);
    return loaded.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new CommandException("no schema " + name + " (loaded: " + String.join(", ", loaded) + ")"));
  }

  /** The schema names of the shell's connection, for completion: none when they cannot be read. */
  static List<String> loaded(ShellContext shell) {
    try {
      return names(shell.session().connection());
    } catch (SQLException e) {
      return List.of();
    }
  }

  /**
   * A {@code UNION ALL} of {@code select} over {@code table} of every schema, with a leading
   * {@code schema} column when there is more than one schema.
   */
  static String unionOver(Connection connection, String select, String table, String orderBy) throws SQLException {
    List<String> schemas = names(connection);
    List<String> parts = new ArrayList<>();
    for (String schema : schemas) {
      String prefix = schemas.size() > 1 ? "'" + schema + "' as schema, " : "";
      parts.add(String.format(Locale.ROOT, "select %s%s from \"%s\".%s", prefix, select, schema, table));
    }
    return String.join(" union all ", parts) + (orderBy.isEmpty() ? "" : " order by " + orderBy);
  }
}
