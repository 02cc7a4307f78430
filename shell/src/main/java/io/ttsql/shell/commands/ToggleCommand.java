package io.ttsql.shell.commands;

import io.ttsql.shell.session.Settings;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A dot command that turns one session setting on or off ({@code .headers on|off}, {@code .timer
 * on|off}, {@code .bail on|off}), or without an argument says whether it is on.
 */
final class ToggleCommand implements DotCommand {
  private final String name;
  private final String help;
  private final Predicate<Settings> current;
  private final BiConsumer<Settings, Boolean> setting;

  private ToggleCommand(String name, String help, Predicate<Settings> current, BiConsumer<Settings, Boolean> setting) {
    this.name = name;
    this.help = help;
    this.current = current;
    this.setting = setting;
  }

  /** {@code .headers}: whether results begin with the column names. */
  static ToggleCommand headers() {
    return new ToggleCommand("headers",
        "show the column names above csv, tsv, table and markdown rows (line and json name every value)",
        Settings::headers, Settings::headers);
  }

  /** {@code .timer}: whether result footers show the elapsed time. */
  static ToggleCommand timer() {
    return new ToggleCommand("timer", "show how long each statement took", Settings::timer, Settings::timer);
  }

  /** {@code .bail}: whether a script stops at its first error. */
  static ToggleCommand bail() {
    return new ToggleCommand("bail", "stop scripts at the first error", Settings::bail, Settings::bail);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String arguments() {
    return "[on|off]";
  }

  @Override
  public String help() {
    return help;
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return List.of("on", "off");
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      shell.session().messages().println(name + ": " + (current.test(shell.session().settings()) ? "on" : "off"));
      return;
    }
    setting.accept(shell.session().settings(), Arguments.onOff(args, name));
  }
}
