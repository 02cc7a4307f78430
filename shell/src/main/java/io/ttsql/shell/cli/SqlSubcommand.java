package io.ttsql.shell.cli;

import io.ttsql.shell.commands.CommandException;
import io.ttsql.shell.commands.DotCommands;
import io.ttsql.shell.repl.Interpreter;
import io.ttsql.shell.repl.Repl;
import io.ttsql.shell.repl.Screen;
import io.ttsql.shell.session.ResultSink;
import io.ttsql.shell.session.Session;
import io.ttsql.shell.session.Settings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The default command: loads the logs, then runs {@code -c} SQL, a {@code -f} script, the
 * interactive shell on a terminal, or the script read from stdin.
 */
final class SqlSubcommand implements Subcommand {
  @Override
  public String name() {
    return "";
  }

  @Override
  public String usage() {
    return "[OPTIONS] [[NAME=]LOG ...]           the shell (SQL read from stdin when it is not a terminal)\n"
        + "[OPTIONS] -c SQL [[NAME=]LOG ...]    run SQL and exit\n"
        + "[OPTIONS] -f FILE [[NAME=]LOG ...]   run a script and exit";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.COMMAND, CliOption.FILE, CliOption.FORMAT, CliOption.MAX_ROWS, CliOption.BAIL,
        CliOption.FAIL_IF_ROWS, CliOption.STRICT, CliOption.CALLSITE_SKIP, CliOption.STORE);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    if (args.has(CliOption.COMMAND) && args.has(CliOption.FILE)) {
      throw CliFailure.usage("give -c or -f, not both");
    }
    Path script = args.value(CliOption.FILE).map(Path::of).orElse(null);
    if (script != null && (!Files.isRegularFile(script) || !Files.isReadable(script))) {
      throw CliFailure.usage("cannot read script " + script + ": no such readable file");
    }
    boolean interactive = console.interactive() && !args.has(CliOption.COMMAND) && script == null;
    Settings settings = ShellSettings.from(args, console.interactive());
    LogConnector connector = new LogConnector(args, console.err(), console.interactive());
    Connection connection = connector.connect(args.positionals());
    PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true);
    try (Screen screen = console.interactive() ? Screen.open() : Screen.none();
        Session session = new Session(connection, settings, new ResultSink(out), err, screen::width, console.interactive())) {
      Interpreter interpreter = new Interpreter(session, DotCommands.standard(), logs -> reopen(connector, logs),
          args.has(CliOption.DEBUG));
      if (args.has(CliOption.COMMAND)) {
        for (String sql : args.values(CliOption.COMMAND)) {
          interpreter.run(sql);
        }
      } else if (script != null) {
        interpreter.runScript(script);
      } else if (interactive) {
        new Repl(interpreter, screen.terminal(), Repl.defaultHistoryFile()).run();
      } else {
        interpreter.runScript(new InputStreamReader(console.in(), StandardCharsets.UTF_8), "stdin");
      }
      return status(interpreter, args);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage(), e);
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }

  private static Connection reopen(LogConnector connector, List<String> logs) throws CommandException {
    try {
      return connector.connect(logs);
    } catch (CliFailure e) {
      throw new CommandException(e.getMessage());
    }
  }

  private static int status(Interpreter interpreter, CliArgs args) {
    if (interpreter.failed()) {
      return ExitCode.SQL_ERROR;
    }
    return args.has(CliOption.FAIL_IF_ROWS) && interpreter.rowsSeen() ? ExitCode.ROWS_FOUND : ExitCode.OK;
  }
}
