package io.ttsql.shell.commands;

import io.ttsql.queries.Assignments;
import io.ttsql.queries.QueryException;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.QueryParameter;
import io.ttsql.queries.SavedQuery;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    QuerySchemas.check(shell, query, query.names(values));
    shell.execute(sql);
  }
}
