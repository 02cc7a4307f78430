package io.ttsql.shell.commands;

import io.ttsql.queries.Assignments;
import io.ttsql.queries.QueryException;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.QueryParameter;
import io.ttsql.queries.SavedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code .run NAME [NAME=VALUE ...]}: runs a saved query with the given parameter values. */
final class RunCommand implements DotCommand {
  @Override
  public String name() {
    return "run";
  }

  @Override
  public String arguments() {
    return "QUERY [NAME=VALUE ...]";
  }

  @Override
  public String help() {
    return "run a saved query (see .queries), setting its parameters";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before) {
    if (before.isEmpty()) {
      return QueryLibrary.standard().names();
    }
    Optional<SavedQuery> query = QueryLibrary.standard().find(before.get(0));
    List<String> given = before.stream().map(w -> w.contains("=") ? w.substring(0, w.indexOf('=')) : w).toList();
    return query.map(q -> q.parameters().stream().map(QueryParameter::name).filter(p -> !given.contains(p))
        .map(p -> p + "=").toList()).orElse(List.of());
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.isEmpty()) {
      throw new CommandException("usage: .run QUERY [NAME=VALUE ...] (.queries lists the queries)");
    }
    String name = args.get(0);
    SavedQuery query = QueryLibrary.standard().find(name)
        .orElseThrow(() -> new CommandException("no saved query named " + name + " (.queries lists them)"));
    Map<String, String> values;
    String sql;
    try {
      values = Assignments.parse(args.subList(1, args.size()));
      sql = query.bind(values);
    } catch (QueryException e) {
      throw new CommandException(e.getMessage());
    }
    Map<String, String> schemas = query.names(values);
    requireSchemas(shell, query, schemas);
    if (schemas.isEmpty()) {
      noteSchemasNotRead(shell, query);
    }
    shell.execute(sql);
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
