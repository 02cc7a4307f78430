package io.ttsql.shell.cli;

/** A failure that ends the command with a one-line message and an exit status (see {@link ExitCode}). */
public final class CliFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final boolean usageHint;

  public CliFailure(int exitCode, String message) {
    this(exitCode, message, null, exitCode == ExitCode.BAD_INPUT);
  }

  public CliFailure(int exitCode, String message, Throwable cause) {
    this(exitCode, message, cause, false);
  }

  private CliFailure(int exitCode, String message, Throwable cause, boolean usageHint) {
    super(message, cause);
    this.exitCode = exitCode;
    this.usageHint = usageHint;
  }

  /** A mistake on the command line: exit status 2, with a pointer to {@code --help}. */
  public static CliFailure usage(String message) {
    return new CliFailure(ExitCode.BAD_INPUT, message);
  }

  /** A wrong input whose message says it all (a saved query that does not exist): exit status 2, one line. */
  public static CliFailure input(String message) {
    return new CliFailure(ExitCode.BAD_INPUT, message, null, false);
  }

  public int exitCode() {
    return exitCode;
  }

  /** Whether the message should be followed by a pointer to {@code --help}. */
  public boolean usageHint() {
    return usageHint;
  }
}
