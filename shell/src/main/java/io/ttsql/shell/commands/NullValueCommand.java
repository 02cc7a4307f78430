package io.ttsql.shell.commands;

import java.util.List;

/** {@code .nullvalue TEXT}: the text that shows SQL NULL in table, markdown and line modes; alone, shows it. */
final class NullValueCommand implements DotCommand {
  @Override
  public String name() {
    return "nullvalue";
  }

  @Override
  public String arguments() {
    return "[TEXT]";
  }

  @Override
  public String help() {
    return "show NULL as TEXT in table, markdown and line modes (csv and tsv: an empty field, json: null)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      shell.session().messages().println("nullvalue: " + Arguments.quoted(shell.session().settings().nullValue()));
      return;
    }
    if (args.size() > 1) {
      throw new CommandException("usage: .nullvalue [TEXT] (quote a text with spaces)");
    }
    shell.session().settings().nullValue(args.get(0));
  }
}
