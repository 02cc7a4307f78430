package io.ttsql.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
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
    List<TwoColumns.Row> rows = new ArrayList<>();
    for (DotCommand c : shell.commands().all()) {
      String aliases = c.aliases().isEmpty() ? "" : " (also ." + String.join(", .", c.aliases()) + ")";
      rows.add(new TwoColumns.Row(usage(c), c.help() + aliases));
    }
    TwoColumns.print(out, rows);
    out.println();
    out.println("SQL statements end with ';' and may span lines. Tables: .tables; columns: .schema TABLE.");
    out.println("Ctrl-C cancels a running query, Ctrl-R searches history, Tab completes, .quit or Ctrl-D exits.");
  }

  private static String usage(DotCommand c) {
    return c.arguments().isEmpty() ? "." + c.name() : "." + c.name() + " " + c.arguments();
  }
}
