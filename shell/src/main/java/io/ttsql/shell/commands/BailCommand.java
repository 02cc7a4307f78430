package io.ttsql.shell.commands;

import java.util.List;

/** {@code .bail on|off}: whether a script stops at its first error. */
final class BailCommand implements DotCommand {
  @Override
  public String name() {
    return "bail";
  }

  @Override
  public String arguments() {
    return "on|off";
  }

  @Override
  public String help() {
    return "stop scripts at the first error";
  }

  @Override
  public List<String> completions(ShellContext shell) {
    return List.of("on", "off");
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    shell.session().settings().bail(Arguments.onOff(args, name()));
  }
}
