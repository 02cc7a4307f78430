package io.ttsql.shell.cli;

import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.CopyDisplay;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.repl.Interpreter;
import io.ttsql.shell.repl.LogOpener;
import io.ttsql.shell.repl.Screen;
import io.ttsql.shell.session.OutputFailure;
import io.ttsql.shell.session.ResultSink;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.Settings;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One command-line run over loaded logs: opens them, starts a session and its interpreter with
 * the settings of the command line, lets a subcommand run its work in it, and turns the outcome
 * into the exit status (1 after a failed statement, 3 with {@code --fail-if-rows} after a result
 * with rows).
 */
final class SessionRun {
  /** The work of a subcommand inside the session. */
  @FunctionalInterface
  interface Work {
    void run(Interpreter interpreter, Screen screen) throws IOException, SQLException;
  }

  private SessionRun() {}

  /** Loads {@code logs} (the bundled sample when empty), runs {@code work} and returns the exit status. */
  static int run(CliArgs args, Console console, List<String> logs, Work work) throws CliFailure {
    return run(args, console, logs, work, false);
  }

  /**
   * Loads {@code logs} and runs the one dot command that the command line spelled ({@code run
   * QUERY …} for {@code .run QUERY …}): that command used wrongly (a query's schemas not loaded,
   * its logs swapped) is the command line used wrongly, exit status 2, as a wrong option is.
   */
  static int runCommand(CliArgs args, Console console, List<String> logs, List<String> command) throws CliFailure {
    return run(args, console, logs, (interpreter, screen) -> interpreter.command(command, null), true);
  }

  private static int run(CliArgs args, Console console, List<String> logs, Work work, boolean misuseIsBadInput)
      throws CliFailure {
    Settings settings = ShellSettings.from(args, console.interactive());
    // The terminal is opened before the logs load, so that what is typed meanwhile waits for the
    // prompt, as in psql: opened after, JLine's terminal lost it.
    Screen screen = console.interactive() ? Screen.open() : Screen.none();
    LogConnector connector = new LogConnector(args, console.err(), console.interactive(), screen::width);
    Connection connection;
    try {
      connection = connector.connect(logs);
    } catch (CliFailure | RuntimeException e) {
      screen.close();
      throw e;
    }
    // Built on the PrintStream itself, so that checkError() sees its write errors.
    PrintWriter out = new PrintWriter(console.out(), true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true);
    try (screen;
        Session session = new Session(connection, settings, new ResultSink(out), err, screen::width, console.color())) {
      LogOpener opener = new LogOpener() {
        @Override
        public Connection open(List<String> logs) throws CommandException {
          return reopen(connector, logs, session);
        }

        @Override
        public CopyDisplay copyDisplay() {
          return ProgressBar.forCopy(console, screen::width);
        }
      };
      Interpreter interpreter = new Interpreter(session, DotCommands.standard(), opener, args.has(CliOption.DEBUG));
      work.run(interpreter, screen);
      return status(interpreter, args, misuseIsBadInput);
    } catch (IOException | OutputFailure e) {
      throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage(), e);
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }

  /**
   * Loads {@code logs} for {@code .open}, which Ctrl-C stops ({@link Session#cancels}), keeping the
   * logs loaded before: while it reads them, or while the DuckDB store copies them, where the
   * failure is DuckDB's own error.
   */
  private static Connection reopen(LogConnector connector, List<String> logs, Session session) throws CommandException {
    long cancels = session.cancels();
    try {
      return connector.connect(logs, () -> session.cancels() != cancels);
    } catch (CliFailure e) {
      throw new CommandException(session.cancels() != cancels ? "loading canceled; the logs loaded before stay" : e.getMessage());
    }
  }

  private static int status(Interpreter interpreter, CliArgs args, boolean misuseIsBadInput) {
    if (interpreter.failed()) {
      return misuseIsBadInput && interpreter.onlyMisused() ? ExitCode.BAD_INPUT : ExitCode.SQL_ERROR;
    }
    return args.has(CliOption.FAIL_IF_ROWS) && interpreter.rowsSeen() ? ExitCode.ROWS_FOUND : ExitCode.OK;
  }
}
