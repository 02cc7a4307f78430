package io.ttsql.shell.commands;

/** A dot command used wrongly (bad arguments, a missing file): the message is shown to the user as is. */
public final class CommandException extends Exception {
  private static final long serialVersionUID = 1L;

  public CommandException(String message) {
    super(message);
  }
}
