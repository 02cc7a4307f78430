package io.ttsql.shell.pictures;

/** A {@code --where} condition that the SQL engine rejected; the message says why, in one line. */
public final class BadConditionException extends Exception {
  private static final long serialVersionUID = 1L;

  BadConditionException(String condition, String reason, Throwable cause) {
    super("--where \"" + condition + "\": " + reason, cause);
  }
}
