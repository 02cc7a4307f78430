package io.ttsql.shell.commands;

import java.sql.SQLException;
import java.util.List;

/** {@code .tables}: the tables of every loaded schema, with what one row of each is. */
final class TablesCommand implements DotCommand {
  @Override
  public String name() {
    return "tables";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "list the tables";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws SQLException {
    shell.session().show(Schemas.unionOver(shell.session().connection(), "table_name, description", "ttsql_tables", ""));
  }
}
