package io.ttsql.shell.commands;

import io.ttsql.shell.session.ScriptFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code .read FILE}: runs the statements and dot commands of a script. */
final class ReadCommand implements DotCommand {
  /**
   * Scripts that may run inside one another, as in sqlite3: one that reads itself stops there, not
   * thousands deep, each holding its file open, until the system refuses to open more files.
   */
  static final int MAX_DEPTH = 25;

  @Override
  public String name() {
    return "read";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String help() {
    return "run the SQL script FILE";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return before.isEmpty() ? FileNames.completing(word) : List.of();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, IOException {
    if (args.size() != 1) {
      throw new CommandException("usage: .read FILE");
    }
    Path path = Path.of(Arguments.expandHome(args.get(0)));
    String unreadable = ScriptFiles.whyUnreadable(path);
    if (unreadable != null) {
      throw new CommandException(unreadable);
    }
    if (shell.scriptDepth() >= MAX_DEPTH) {
      throw new CommandException(".read goes " + MAX_DEPTH + " scripts deep: does " + args.get(0) + " read itself?");
    }
    shell.runScript(path);
  }
}
