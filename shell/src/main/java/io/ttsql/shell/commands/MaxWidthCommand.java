package io.ttsql.shell.commands;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code .maxwidth N}: how many columns tables on the screen may take before their widest text is
 * cut (0: no limit; {@code terminal}, the default: the terminal's width); alone, shows it.
 */
final class MaxWidthCommand implements DotCommand {
  private static final String TERMINAL = "terminal";

  @Override
  public String name() {
    return "maxwidth";
  }

  @Override
  public String arguments() {
    return "[N|" + TERMINAL + "]";
  }

  @Override
  public String help() {
    return "fit tables on the screen in N columns, cutting the widest text (0: no limit; terminal: its width,"
        + " at first)";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return List.of(TERMINAL, "0");
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      OptionalInt width = shell.session().settings().maxWidth();
      shell.session().messages().println("maxwidth: " + (width.isPresent() ? width.getAsInt() : TERMINAL));
      return;
    }
    String usage = "usage: .maxwidth N|" + TERMINAL + ", with N a whole number of columns, 0 for no limit";
    if (args.size() > 1) {
      throw new CommandException(usage);
    }
    String value = args.get(0);
    try {
      boolean terminal = value.toLowerCase(Locale.ROOT).equals(TERMINAL);
      shell.session().settings().maxWidth(terminal ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value)));
    } catch (IllegalArgumentException e) {
      throw new CommandException(usage);
    }
  }
}
