package io.ttsql.shell.cli;

/** A failure that ends the command with a one-line message and an exit status (see {@link ExitCode}). */
public final class CliFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A mistake on the command line: exit status 2. */
  public static CliFailure usage(String message) {
    return new CliFailure(ExitCode.BAD_INPUT, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
