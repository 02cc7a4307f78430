package io.ttsql.shell.cli;

import io.ttsql.engine.LogSource;
import io.ttsql.shell.repl.Repl;
import io.ttsql.shell.session.ScriptFiles;
import java.nio.file.Path;
import java.util.EnumSet;
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
    return "[OPTIONS] [[NAME=]LOG ...]           the shell (a script from stdin unless stdin and stdout are terminals)\n"
        + "[OPTIONS] -c SQL [[NAME=]LOG ...]    run SQL and exit\n"
        + "[OPTIONS] -f FILE [[NAME=]LOG ...]   run a script and exit";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.COMMAND, CliOption.FILE, CliOption.FORMAT, CliOption.MAX_ROWS, CliOption.NO_HEADER,
        CliOption.NULLVALUE, CliOption.TIMEOUT, CliOption.BAIL, CliOption.FAIL_IF_ROWS, CliOption.STRICT, CliOption.CALLSITE_SKIP,
        CliOption.STORE, CliOption.SUPPRESSIONS);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    if (args.has(CliOption.COMMAND) && args.has(CliOption.FILE)) {
      throw CliFailure.usage("give -c or -f, not both");
    }
    String scriptName = args.value(CliOption.FILE).orElse(null);
    boolean scriptFromStdin = LogSource.isStandardInput(scriptName);
    Path script = scriptName == null || LogSource.STDIN.equals(scriptName) ? null : Path.of(scriptName);
    String unreadable = script == null ? null : ScriptFiles.whyUnreadable(script);
    if (unreadable != null) {
      throw CliFailure.usage(unreadable);
    }
    boolean logFromStdin = args.positionals().stream()
        .anyMatch(log -> LogSource.isStandardInput(log.substring(log.indexOf('=') + 1)));
    if (logFromStdin && (scriptFromStdin || scriptName == null && !args.has(CliOption.COMMAND))) {
      throw CliFailure.usage("a log read from standard input (-) needs the SQL from -c or -f FILE");
    }
    if (console.interactive() && !args.has(CliOption.COMMAND) && scriptName == null) {
      SessionRun.run(args, console, args.positionals(),
          (interpreter, screen) -> new Repl(interpreter, screen.terminal(), Repl.defaultHistoryFile()).run());
      return ExitCode.OK; // as in psql: the errors of an interactive session were seen there, not by a script
    }
    return SessionRun.run(args, console, args.positionals(), (interpreter, screen) -> {
      if (args.has(CliOption.COMMAND)) {
        for (String sql : args.values(CliOption.COMMAND)) {
          interpreter.runText(sql);
        }
      } else if (script != null) {
        interpreter.runScript(script);
      } else {
        interpreter.runScript(console.in(), "stdin");
      }
    });
  }
}
