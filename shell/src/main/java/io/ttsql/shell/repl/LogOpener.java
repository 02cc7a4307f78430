package io.ttsql.shell.repl;

import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.CopyDisplay;
import java.sql.Connection;
import java.util.List;

/**
 * Loads logs named as on the command line ({@code [NAME=]LOG …}) into a new connection, and shows
 * long copies of their tables as the command line does.
 */
@FunctionalInterface
public interface LogOpener {
  Connection open(List<String> logs) throws CommandException;

  /** A new display of a copy into DuckDB; none unless the command line has a terminal to show it on. */
  default CopyDisplay copyDisplay() {
    return CopyDisplay.NONE;
  }
}
