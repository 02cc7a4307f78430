package io.ttsql.shell.commands;

import java.sql.SQLException;
import java.util.List;

/**
 * {@code .sources}: what is loaded, with each file's format, size, events, parse errors and why
 * reading it stopped early, if it did.
 */
final class SourcesCommand implements DotCommand {
  @Override
  public String name() {
    return "sources";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "show the loaded files: format, lines, events, parse errors, reading cut short";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws SQLException {
    shell.session().show(Schemas.unionOver(shell.session().connection(),
        "file, format, bytes, lines, events, parse_errors, read_error, load_millis", "sources", ""));
  }
}
