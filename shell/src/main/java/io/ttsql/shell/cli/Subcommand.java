package io.ttsql.shell.cli;

import java.util.Set;

/** One verb of the command line ({@code run}, {@code queries}…), or the default SQL shell. */
public interface Subcommand {
  /** The word that selects it, e.g. {@code run}; empty for the default. */
  String name();

  /** Its usage line(s) for {@code --help}, without the leading {@code ttsql}. */
  String usage();

  /** The options it accepts; {@code --debug} and {@code --help} are always accepted. */
  Set<CliOption> options();

  /**
   * Runs it.
   *
   * @return the exit status
   * @throws CliFailure for a failure with its own one-line message and status
   */
  int run(CliArgs args, Console console) throws CliFailure;
}
