package io.ttsql.shell.commands;

import io.ttsql.engine.Ttsql;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * {@code .open [NAME=]LOG …}: loads other logs in place of every loaded schema, without leaving the
 * shell, and says what it loaded and which schemas it replaced.
 */
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
    return "load other logs in place of the loaded ones (NAME= gives a schema name)";
  }

  /** Each argument is a log, after the {@code NAME=} of a schema when it has one. */
  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    int eq = word.indexOf('=');
    String schema = eq < 0 || word.substring(0, eq).contains("/") ? "" : word.substring(0, eq + 1);
    return FileNames.completing(word.substring(schema.length())).stream().map(f -> schema + f).toList();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    if (args.isEmpty()) {
      throw new CommandException("usage: .open [NAME=]LOG ...");
    }
    Set<String> replaced = Ttsql.sources(shell.session().connection()).keySet();
    shell.session().reconnect(shell.open(args.stream().map(Arguments::expandHomeInLog).toList()));
    PrintWriter messages = shell.session().messages();
    messages.println(LoadSummary.of(shell.session().connection()));
    messages.println("ttsql: replaced " + (replaced.size() == 1 ? "schema " : "schemas ") + String.join(", ", replaced));
    messages.flush();
  }
}
