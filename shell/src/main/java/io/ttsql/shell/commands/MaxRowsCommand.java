package io.ttsql.shell.commands;

import java.util.List;

/** {@code .maxrows [N]}: how many rows tables show before counting the rest (0: all); alone, the current number. */
final class MaxRowsCommand implements DotCommand {
  @Override
  public String name() {
    return "maxrows";
  }

  @Override
  public String arguments() {
    return "[N]";
  }

  @Override
  public String help() {
    return "show at most N rows of a result in table, markdown and line modes (0: all); alone, the current number";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      shell.session().messages().println("maxrows: " + shell.session().settings().maxRows());
      return;
    }
    try {
      shell.session().settings().maxRows(Long.parseLong(args.get(0)));
    } catch (IllegalArgumentException e) {
      throw new CommandException("usage: .maxrows N, with N a whole number, 0 for no limit");
    }
  }
}
