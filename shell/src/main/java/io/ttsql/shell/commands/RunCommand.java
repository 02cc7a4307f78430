package io.ttsql.shell.commands;

import io.ttsql.queries.Assignments;
import io.ttsql.queries.QueryException;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.SavedQuery;
import java.util.List;

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
  public List<String> completions(ShellContext shell) {
    return QueryLibrary.standard().names();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      throw new CommandException("usage: .run QUERY [NAME=VALUE ...] (.queries lists the queries)");
    }
    String name = args.get(0);
    SavedQuery query = QueryLibrary.standard().find(name)
        .orElseThrow(() -> new CommandException("no saved query named " + name + " (.queries lists them)"));
    String sql;
    try {
      sql = query.bind(Assignments.parse(args.subList(1, args.size())));
    } catch (QueryException e) {
      throw new CommandException(e.getMessage());
    }
    shell.execute(sql);
  }
}
