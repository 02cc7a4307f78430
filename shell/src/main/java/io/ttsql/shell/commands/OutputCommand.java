package io.ttsql.shell.commands;

import io.ttsql.shell.session.IoFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code .output FILE} sends results to a file; {@code .output} alone sends them back to the screen. */
final class OutputCommand implements DotCommand {
  @Override
  public String name() {
    return "output";
  }

  @Override
  public String arguments() {
    return "[FILE]";
  }

  @Override
  public String help() {
    return "write results to FILE, or back to the screen without one";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return before.isEmpty() ? FileNames.completing(word) : List.of();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      shell.session().results().toScreen();
      return;
    }
    if (args.size() > 1) {
      throw new CommandException("usage: .output [FILE] (quote a name with spaces)");
    }
    String name = Arguments.expandHome(args.get(0));
    if (name.endsWith("/")) { // a folder's name, as the system reads it; Path.of would drop the slash
      throw new CommandException("cannot write " + args.get(0) + ": Is a directory");
    }
    try {
      shell.session().results().toFile(Path.of(name));
    } catch (IOException e) {
      throw new CommandException("cannot write " + args.get(0) + ": " + IoFailure.reason(e));
    }
  }
}
