package io.ttsql.shell.commands;

import java.io.PrintWriter;
import java.util.List;

/** {@code .help}: lists the dot commands, then how to write SQL. */
final class HelpCommand implements DotCommand {
  @Override
  public String name() {
    return "help";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "show this help";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) {
    PrintWriter out = shell.session().results().writer();
    List<DotCommand> all = shell.commands().all();
    int width = 0;
    for (DotCommand c : all) {
      width = Math.max(width, usage(c).length());
    }
    for (DotCommand c : all) {
      String aliases = c.aliases().isEmpty() ? "" : " (also ." + String.join(", .", c.aliases()) + ")";
      out.println(usage(c) + " ".repeat(width - usage(c).length() + 2) + c.help() + aliases);
    }
    out.println();
    out.println("SQL statements end with ';' and may span lines. Tables: .tables; columns: .schema TABLE.");
    out.println("Ctrl-C cancels a running query, Ctrl-R searches history, Tab completes, .quit or Ctrl-D exits.");
  }

  private static String usage(DotCommand c) {
    return c.arguments().isEmpty() ? "." + c.name() : "." + c.name() + " " + c.arguments();
  }
}
