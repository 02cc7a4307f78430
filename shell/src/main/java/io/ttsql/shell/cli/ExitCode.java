package io.ttsql.shell.cli;

/** The exit statuses of {@code ttsql}, which scripts and CI pipelines test. */
public final class ExitCode {
  /** Everything worked. */
  public static final int OK = 0;
  /** A SQL statement failed. */
  public static final int SQL_ERROR = 1;
  /** The command line or an input (a log, a script, a saved-query name) is wrong or unreadable. */
  public static final int BAD_INPUT = 2;
  /** {@code --fail-if-rows} was given and a result had rows (or {@code --fail-if-worse} and leaks grew). */
  public static final int ROWS_FOUND = 3;

  private ExitCode() {}
}
