package io.ttsql.shell.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code .read FILE}: runs the statements and dot commands of a script. */
final class ReadCommand implements DotCommand {
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
  public void execute(ShellContext shell, List<String> args) throws CommandException, IOException {
    if (args.size() != 1) {
      throw new CommandException("usage: .read FILE");
    }
    Path path = Path.of(args.get(0));
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new CommandException("cannot read script " + path + ": no such readable file");
    }
    shell.runScript(path);
  }
}
