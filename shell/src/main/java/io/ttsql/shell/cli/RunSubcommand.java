package io.ttsql.shell.cli;

import io.ttsql.queries.Assignments;
import io.ttsql.queries.QueryException;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.SavedQuery;
import io.ttsql.engine.NearestName;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ttsql run NAME}: runs a saved query on the logs, with {@code --param} values, in the
 * chosen format; with {@code --fail-if-rows} its exit status is 3 when the result has rows. With
 * {@code --sql} it prints the statement instead, for DuckDB to run on an export.
 */
final class RunSubcommand implements Subcommand {
  @Override
  public String name() {
    return "run";
  }

  @Override
  public String usage() {
    return "run QUERY [-p K=V ...] [LOG ...]     run a saved query (with --format, --fail-if-rows…)\n"
        + "run QUERY [-p K=V ...] --sql         print its SQL, say for DuckDB on an export";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.PARAM, CliOption.SQL, CliOption.FORMAT, CliOption.MAX_ROWS, CliOption.NO_HEADER,
        CliOption.NULLVALUE, CliOption.TIMEOUT, CliOption.FAIL_IF_ROWS, CliOption.STRICT, CliOption.CALLSITE_SKIP, CliOption.STORE,
        CliOption.SUPPRESSIONS);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    List<String> positionals = args.positionals();
    if (positionals.isEmpty()) {
      throw CliFailure.usage("run needs the name of a saved query (ttsql queries lists them)");
    }
    String name = positionals.get(0);
    SavedQuery query = QueryLibrary.standard().find(name)
        .orElseThrow(() -> CliFailure.input("no saved query named " + name + " ("
            + NearestName.of(name, QueryLibrary.standard().names()).map(n -> "did you mean " + n + "? ").orElse("")
            + "ttsql queries lists them)"));
    String sql;
    try {
      sql = query.bind(Assignments.parse(args.values(CliOption.PARAM)));
    } catch (QueryException e) {
      throw CliFailure.input(e.getMessage());
    }
    List<String> logs = positionals.subList(1, positionals.size());
    if (args.has(CliOption.SQL)) {
      if (!logs.isEmpty()) {
        throw CliFailure.usage("run --sql prints the query and reads no log");
      }
      console.out().writeBytes((sql + ";\n").getBytes(StandardCharsets.UTF_8));
      console.out().flush();
      return ExitCode.OK;
    }
    List<String> command = Stream.concat(Stream.of("run", name), args.values(CliOption.PARAM).stream()).toList();
    return SessionRun.runCommand(args, console, logs, command);
  }
}
