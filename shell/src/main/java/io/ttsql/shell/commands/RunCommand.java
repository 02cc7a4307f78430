package io.ttsql.shell.commands;

import io.ttsql.queries.Assignments;
import io.ttsql.queries.QueryException;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.QueryParameter;
import io.ttsql.queries.SavedQuery;
import io.ttsql.engine.NearestName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .run NAME [--sql] [NAME=VALUE ...]}: runs a saved query with the given parameter values,
 * or with {@code --sql} prints its SQL with them filled in.
 */
final class RunCommand implements DotCommand {
  /** The word that prints the SQL instead of running it, as {@code ttsql run NAME --sql} does. */
  private static final String SQL_FLAG = "--sql";

  @Override
  public String name() {
    return "run";
  }

  @Override
  public String arguments() {
    return "QUERY [--sql] [NAME=VALUE ...]";
  }

  @Override
  public String help() {
    return "run a saved query (see .queries), setting its parameters; --sql prints its SQL instead";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    if (before.isEmpty()) {
      return QueryLibrary.standard().names();
    }
    Optional<SavedQuery> found = QueryLibrary.standard().find(before.get(0));
    if (found.isEmpty()) {
      return List.of();
    }
    SavedQuery query = found.get();
    int eq = word.indexOf('=');
    if (eq >= 0) {
      // the value of a parameter: a loaded schema for one that names a schema, nothing to guess otherwise
      String parameter = word.substring(0, eq);
      return isIdentifier(query, parameter)
          ? Schemas.loaded(shell).stream().map(s -> parameter + "=" + s).toList()
          : List.of();
    }
    List<String> given = before.stream().map(w -> w.contains("=") ? w.substring(0, w.indexOf('=')) : w).toList();
    List<String> words = new ArrayList<>();
    query.parameters().stream().map(QueryParameter::name).filter(p -> !given.contains(p)).forEach(p -> words.add(p + "="));
    if (!given.contains(SQL_FLAG)) {
      words.add(SQL_FLAG);
    }
    return words;
  }

  /** Whether {@code parameter} of {@code query} is a name, such as a schema's. */
  private static boolean isIdentifier(SavedQuery query, String parameter) {
    return query.parameters().stream()
        .anyMatch(p -> p.name().equals(parameter) && p.kind() == QueryParameter.Kind.IDENTIFIER);
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.isEmpty()) {
      throw new CommandException("usage: .run QUERY [--sql] [NAME=VALUE ...] (.queries lists the queries)");
    }
    String name = args.get(0);
    SavedQuery query = QueryLibrary.standard().find(name)
        .orElseThrow(() -> new CommandException("no saved query named " + name + " ("
            + NearestName.of(name, QueryLibrary.standard().names()).map(n -> "did you mean " + n + "? ").orElse("")
            + ".queries lists them)"));
    List<String> rest = args.subList(1, args.size());
    Map<String, String> values;
    String sql;
    try {
      values = Assignments.parse(rest.stream().filter(w -> !w.equals(SQL_FLAG)).toList());
      sql = query.bind(values);
    } catch (QueryException e) {
      throw new CommandException(e.getMessage());
    }
    if (rest.contains(SQL_FLAG)) {
      shell.session().results().writer().println(sql + ";");
      return;
    }
    QuerySchemas.check(shell, query, query.names(values));
    shell.execute(sql);
  }
}
