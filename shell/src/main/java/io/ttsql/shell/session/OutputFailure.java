package io.ttsql.shell.session;

/**
 * Results could not be written to standard output (a full disk, a closed pipe, stdout closed): the
 * run ends, since nothing after it could be seen either.
 */
public final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
