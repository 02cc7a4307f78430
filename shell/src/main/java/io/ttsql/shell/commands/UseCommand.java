package io.ttsql.shell.commands;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@code .use [SCHEMA]}: the schema that unqualified tables, functions and saved queries of one log read. */
final class UseCommand implements DotCommand {
  @Override
  public String name() {
    return "use";
  }

  @Override
  public String arguments() {
    return "[SCHEMA]";
  }

  @Override
  public String help() {
    return "read unqualified tables and one-log saved queries from SCHEMA (at first the first loaded); alone, the current one";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return before.isEmpty() ? Schemas.loaded(shell) : List.of();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    Connection connection = shell.session().connection();
    if (args.isEmpty()) {
      shell.session().messages().println("use: " + connection.getSchema() + " (loaded: "
          + String.join(", ", Schemas.names(connection)) + ")");
      return;
    }
    if (args.size() > 1) {
      throw new CommandException("usage: .use SCHEMA");
    }
    connection.setSchema(Schemas.named(connection, args.get(0)));
  }
}
