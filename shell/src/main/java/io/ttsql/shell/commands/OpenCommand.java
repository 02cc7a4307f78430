package io.ttsql.shell.commands;

import java.sql.SQLException;
import java.util.List;

/** {@code .open [NAME=]LOG …}: loads other logs in place of the current ones, without leaving the shell. */
final class OpenCommand implements DotCommand {
  @Override
  public String name() {
    return "open";
  }

  @Override
  public String arguments() {
    return "[NAME=]LOG ...";
  }

  @Override
  public String help() {
    return "load other logs (NAME= gives a schema name)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.isEmpty()) {
      throw new CommandException("usage: .open [NAME=]LOG ...");
    }
    shell.session().reconnect(shell.open(args));
  }
}
