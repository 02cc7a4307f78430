package io.ttsql.shell.repl;

import io.ttsql.shell.commands.CommandException;
import java.sql.Connection;
import java.util.List;

/** Loads logs named as on the command line ({@code [NAME=]LOG …}) into a new connection. */
@FunctionalInterface
public interface LogOpener {
  Connection open(List<String> logs) throws CommandException;
}
