package io.ttsql.shell.commands;

import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.SavedQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code .queries}: the saved queries, with what each answers and its parameters. */
public final class QueriesCommand implements DotCommand {
  @Override
  public String name() {
    return "queries";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "list the saved queries (.run NAME runs one)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (!args.isEmpty()) {
      throw new CommandException("usage: .queries");
    }
    print(shell.session().results().writer(), QueryLibrary.standard(), shell.session().screenWidth());
  }

  /**
   * Lists {@code library}: each query's name, description and parameters with their defaults,
   * wrapped to {@code width} columns (0: no limit).
   */
  public static void print(PrintWriter out, QueryLibrary library, int width) {
    List<TwoColumns.Row> rows = new ArrayList<>();
    for (SavedQuery q : library.all()) {
      String parameters = q.parameters().isEmpty() ? "" : " [" + q.parameterList() + "]";
      rows.add(new TwoColumns.Row(q.name(), q.description() + parameters));
    }
    TwoColumns.print(out, rows, width);
  }
}
