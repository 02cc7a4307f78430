package io.ttsql.shell.commands;

import java.util.List;

/** {@code .timer on|off}: whether result footers show the elapsed time. */
final class TimerCommand implements DotCommand {
  @Override
  public String name() {
    return "timer";
  }

  @Override
  public String arguments() {
    return "on|off";
  }

  @Override
  public String help() {
    return "show how long each statement took";
  }

  @Override
  public List<String> completions(ShellContext shell) {
    return List.of("on", "off");
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    shell.session().settings().timer(Arguments.onOff(args, name()));
  }
}
