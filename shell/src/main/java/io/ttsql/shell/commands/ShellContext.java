package io.ttsql.shell.commands;

import io.ttsql.shell.session.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** What dot commands act on: the session, and the shell's abilities to reload logs, run scripts and quit. */
public interface ShellContext {
  Session session();

  /** The registry, for {@code .help} and completion. */
  DotCommands commands();

  /** Loads {@code logs} ({@code [NAME=]LOG}) into a new connection, with progress and warnings. */
  Connection open(List<String> logs) throws CommandException;

  /** A new display of a copy into DuckDB, for the caller to close when the copy ends. */
  CopyDisplay copyDisplay();

  /**
   * Runs one SQL statement and prints its result, as if typed: a failure is reported and counts
   * for the exit status, a result with rows counts for {@code --fail-if-rows}.
   *
   * @return false if it failed
   */
  boolean execute(String sql);

  /** Runs the script at {@code path} in this session; returns false if it stopped on an error. */
  boolean runScript(Path path) throws IOException;

  /** How many scripts run at once, each read by the one before: 0 at the prompt, 1 in a script, 2 in one it reads… */
  int scriptDepth();

  /** Asks the shell to end after this command. */
  void quit();
}
