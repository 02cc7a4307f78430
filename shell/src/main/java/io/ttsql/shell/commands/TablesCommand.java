package io.ttsql.shell.commands;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@code .tables [PATTERN]}: the tables of every loaded schema, or those whose name matches a LIKE
 * pattern, with what one row of each is.
 */
final class TablesCommand implements DotCommand {
  @Override
  public String name() {
    return "tables";
  }

  @Override
  public String arguments() {
    return "[PATTERN]";
  }

  @Override
  public String help() {
    return "list the tables, or those whose name matches the LIKE pattern PATTERN (% any text, _ one character)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.size() > 1) {
      throw new CommandException("usage: .tables [PATTERN]");
    }
    String tables = Schemas.unionOver(shell.session().connection(), "table_name, description", "ttsql_tables", "");
    if (args.isEmpty()) {
      shell.session().show(tables);
    } else {
      shell.session().show("select * from (" + tables + ") where table_name like ?", args.get(0).toLowerCase(Locale.ROOT));
    }
  }
}
