package io.ttsql.shell.cli;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.store.Trace;
import io.ttsql.queries.QueryLibrary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code ttsql diff BEFORE AFTER}: loads two runs as the schemas {@code before} and {@code after},
 * prints the saved query {@value #QUERY}, then the leaked totals of both runs on stderr; with
 * {@code --fail-if-worse} the exit status is 3 when the leaked bytes grew, a CI gate against
 * regressions.
 */
final class DiffSubcommand implements Subcommand {
  /** The saved query it prints, run with its default schema names {@code before} and {@code after}. */
  static final String QUERY = "diff-leaks-by-callsite";
  /** A {@code NAME=LOG} argument, as the other commands take, which diff does not. */
  private static final Pattern NAMED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.+");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String usage() {
    return "diff BEFORE_LOG AFTER_LOG            compare two runs' leaks by callsite (--fail-if-worse…)";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.FORMAT, CliOption.MAX_ROWS, CliOption.NO_HEADER, CliOption.NULLVALUE, CliOption.TIMEOUT,
        CliOption.FAIL_IF_WORSE, CliOption.STRICT, CliOption.CALLSITE_SKIP, CliOption.SUPPRESSIONS);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    List<String> logs = args.positionals();
    if (logs.size() != 2) {
      throw CliFailure.usage("diff needs two logs, the run before and the run after, not " + logs.size());
    }
    for (String log : logs) {
      if (NAMED.matcher(log).matches() && !Files.exists(Path.of(log))) {
        throw CliFailure.usage("diff names the two runs before and after itself: give it two log paths, not " + log);
      }
    }
    String sql = QueryLibrary.standard().get(QUERY).bind(Map.of());
    LeakTotals[] totals = new LeakTotals[1];
    int status = SessionRun.run(args, console, List.of("before=" + logs.get(0), "after=" + logs.get(1)),
        (interpreter, screen) -> {
          PrintWriter messages = interpreter.session().messages();
          noteLogsWithoutStacks(interpreter.session().connection(), logs, messages);
          if (interpreter.execute(sql)) {
            totals[0] = LeakTotals.of(interpreter.session().connection(), sql);
            messages.println(totals[0].describe());
          }
        });
    if (status == ExitCode.OK && args.has(CliOption.FAIL_IF_WORSE) && totals[0].grew()) {
      console.err().println("ttsql: leaked bytes grew (--fail-if-worse)");
      return ExitCode.ROWS_FOUND;
    }
    return status;
  }

  /**
   * Says what keeps the comparison of callsites from telling much: leaks without a stack gather
   * under a NULL callsite, so a log with events but no stacks is named; and a server log compared
   * with a buffer debug log has no callsite in common with it.
   */
  private static void noteLogsWithoutStacks(Connection connection, List<String> logs, PrintWriter messages)
      throws SQLException {
    Map<String, AnalyzedTrace> traces = Ttsql.traces(connection);
    List<String> schemas = List.of("before", "after");
    List<String> formats = new ArrayList<>();
    for (int i = 0; i < schemas.size(); i++) {
      Trace trace = traces.get(schemas.get(i)).trace();
      boolean hasEvents = trace.events().count() > 0;
      formats.add(hasEvents ? trace.formatOf(0) : null);
      if (hasEvents && trace.stacks().stackCount() == 0) {
        messages.println(logs.get(i) + ": no call stacks, so its leaks have a NULL callsite (a buffer debug log has"
            + " stacks; diff-leaks-by-address compares server logs)");
      }
    }
    if (formats.get(0) != null && formats.get(1) != null && !formats.get(0).equals(formats.get(1))) {
      messages.println("ttsql: " + logs.get(0) + " is a " + formats.get(0) + " log and " + logs.get(1) + " a "
          + formats.get(1) + " log: compare two logs of one kind, as one run's leaks and the other's");
    }
  }
}
