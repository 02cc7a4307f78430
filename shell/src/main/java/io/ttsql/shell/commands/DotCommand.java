package io.ttsql.shell.commands;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** A shell command starting with a dot ({@code .tables}): its name, usage, help line, completions and action. */
public interface DotCommand {
  /** The name without the dot. */
  String name();

  /** Other names that run the same command, without the dot. */
  default List<String> aliases() {
    return List.of();
  }

  /** The arguments as {@code .help} shows them, e.g. {@code [TABLE]}; empty for none. */
  String arguments();

  /** What the command does, in one line. */
  String help();

  /**
   * Words that Tab may complete as the command's next argument, {@code word} as typed so far, after
   * the arguments {@code before}; a word ending in {@code =} or {@code /} (a folder) is completed
   * without a space after it. The shell offers only those that start with {@code word}.
   */
  default List<String> completions(ShellContext shell, List<String> before, String word) {
    return List.of();
  }

  /**
   * Runs the command.
   *
   * @throws CommandException for a wrong use, with a message for the user
   */
  void execute(ShellContext shell, List<String> args) throws CommandException, SQLException, IOException;
}
