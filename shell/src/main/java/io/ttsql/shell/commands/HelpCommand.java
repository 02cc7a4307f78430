package io.ttsql.shell.commands;

import io.ttsql.shell.output.WrappedText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
      rows.add(new TwoColumns.Row(usage(c), c.help()));
    }
    int width = shell.session().screenWidth();
    TwoColumns.print(out, rows, width);
    out.println();
    out.println(WrappedText.wrap("SQL statements end with ';' and may span lines; Enter runs those that end, and the"
        + " rest waits to be finished.", width, ""));
    out.println(WrappedText.wrap("Tables: .tables; columns: .schema TABLE.", width, ""));
    out.println(WrappedText.wrap("Ctrl-C cancels a running query, Ctrl-R searches history, Tab completes, .quit or"
        + " Ctrl-D exits.", width, ""));
  }

  /** {@code .name ARGUMENTS}, its aliases after it: {@code .quit, .exit}. */
  private static String usage(DotCommand c) {
    String names = Stream.concat(Stream.of(c.name()), c.aliases().stream()).map(n -> "." + n).collect(Collectors.joining(", "));
    return c.arguments().isEmpty() ? names : names + " " + c.arguments();
  }
}
