package io.ttsql.shell.commands;

import java.util.List;

/** {@code .quit}: ends the shell. */
final class QuitCommand implements DotCommand {
  @Override
  public String name() {
    return "quit";
  }

  @Override
  public List<String> aliases() {
    return List.of("exit");
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "leave the shell (Ctrl-D and psql's \\q too)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) {
    shell.quit();
  }
}
