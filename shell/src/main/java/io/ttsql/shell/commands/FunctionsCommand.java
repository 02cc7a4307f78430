package io.ttsql.shell.commands;

import io.ttsql.udf.Udf;
import io.ttsql.udf.UdfCatalog;
import java.util.ArrayList;
import java.util.List;

/** {@code .functions}: the ttsql SQL functions, with their signatures and what they return. */
final class FunctionsCommand implements DotCommand {
  @Override
  public String name() {
    return "functions";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String help() {
    return "list the SQL functions ttsql adds (hex, human_bytes, frame_at…)";
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (!args.isEmpty()) {
      throw new CommandException("usage: .functions");
    }
    List<TwoColumns.Row> rows = new ArrayList<>();
    for (Udf udf : UdfCatalog.all()) {
      rows.add(new TwoColumns.Row(udf.signature(), udf.description()));
    }
    TwoColumns.print(shell.session().results().writer(), rows, shell.session().screenWidth());
  }
}
