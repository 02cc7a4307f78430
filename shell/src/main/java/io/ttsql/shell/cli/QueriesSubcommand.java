package io.ttsql.shell.cli;

import io.ttsql.queries.QueryLibrary;
import io.ttsql.shell.commands.QueriesCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** {@code ttsql queries}: lists the saved queries, with what each answers and its parameters. */
final class QueriesSubcommand implements Subcommand {
  @Override
  public String name() {
    return "queries";
  }

  @Override
  public String usage() {
    return "queries                              list the saved queries";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.noneOf(CliOption.class);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    if (!args.positionals().isEmpty()) {
      throw CliFailure.usage("queries takes no arguments");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
    QueriesCommand.print(out, QueryLibrary.standard(), 0); // one line a query, for grep
    out.flush();
    return ExitCode.OK;
  }
}
