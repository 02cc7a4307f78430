package io.ttsql.shell.commands;

import io.ttsql.shell.session.Settings;
import java.util.List;

/** {@code .timeout SECONDS|off}: how long a statement may run before it is stopped as an error. */
final class TimeoutCommand implements DotCommand {
  @Override
  public String name() {
    return "timeout";
  }

  @Override
  public String arguments() {
    return "[SECONDS|off]";
  }

  @Override
  public String help() {
    return "stop a statement that runs longer than SECONDS, as an error (off or 0: no limit)";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return List.of("off");
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      int seconds = shell.session().settings().timeoutSeconds();
      shell.session().messages().println("timeout: " + (seconds == 0 ? "off" : seconds + " s"));
      return;
    }
    String value = args.get(0);
    try {
      shell.session().settings().timeoutSeconds(value.equals("off") ? 0 : Long.parseLong(value));
    } catch (IllegalArgumentException e) {
      throw new CommandException(
          "usage: .timeout SECONDS, a whole number up to " + Settings.MAX_TIMEOUT_SECONDS + ", or off (0) for no limit");
    }
  }
}
