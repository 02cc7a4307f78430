package io.ttsql.shell.cli;

import io.ttsql.shell.pictures.Report;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/** {@code ttsql report}: one self-contained HTML page about the logs, to attach to a bug report. */
final class ReportSubcommand implements Subcommand {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String usage() {
    return "report [LOG ...] -o FILE             one HTML page: summary, leaks, sizes, timeline, flame graph";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.OUTPUT, CliOption.FORCE, CliOption.STRICT, CliOption.CALLSITE_SKIP);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    OutputFile output = OutputFile.of(args, name());
    try (PictureInput input = PictureInput.open(args, console, name())) {
      output.write(Report.html(input.connection(), input.trace(), "ttsql " + Main.VERSION), console.out());
      return ExitCode.OK;
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }
}
