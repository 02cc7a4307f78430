package io.ttsql.shell.commands;

import io.ttsql.queries.SavedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks the schemas a saved query reads against those loaded, before {@code .run} runs it. */
final class QuerySchemas {
  private QuerySchemas() {}

  /**
   * Fails unless the schemas that {@code query} compares ({@code names}, by parameter) are loaded;
   * for a query of one log, notes which schema it reads when several are loaded.
   */
  static void check(ShellContext shell, SavedQuery query, Map<String, String> names)
      throws CommandException, SQLException {
    if (names.isEmpty()) {
      noteSchemasNotRead(shell, query);
    } else {
      requireSchemas(shell, query, names);
    }
  }

  /** With several schemas loaded, says which one a query of one log reads. */
  private static void noteSchemasNotRead(ShellContext shell, SavedQuery query) throws SQLException {
    Connection connection = shell.session().connection();
    String read = connection.getSchema();
    List<String> others = Schemas.names(connection).stream().filter(s -> !s.equals(read)).toList();
    if (!others.isEmpty()) {
      shell.session().messages().println("note: " + query.name() + " reads schema " + read + ", the first loaded; not "
          + String.join(", ", others) + " (run it on one log at a time)");
    }
  }

  /** Fails, saying how to load them, unless the schemas a query compares are loaded. */
  private static void requireSchemas(ShellContext shell, SavedQuery query, Map<String, String> schemas)
      throws CommandException, SQLException {
    List<String> loaded = Schemas.names(shell.session().connection());
    List<String> missing = schemas.values().stream()
        .filter(s -> loaded.stream().noneMatch(s::equalsIgnoreCase)).distinct().toList(); // SQL names ignore case
    if (missing.isEmpty()) {
      return;
    }
    String wanted = schemas.values().stream().map(s -> s + "=LOG").collect(Collectors.joining(" "));
    String parameters = schemas.keySet().stream().map(p -> p + "=SCHEMA").collect(Collectors.joining(" "));
    throw new CommandException(query.name() + " reads the schemas " + String.join(" and ", schemas.values())
        + ", but " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not loaded (loaded: "
        + String.join(", ", loaded) + "); load the logs as " + wanted + ", or point " + parameters
        + " at loaded schemas");
  }
}
