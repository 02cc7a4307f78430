package io.ttsql.shell.cli;

import io.ttsql.shell.pictures.Timeline;
import java.util.EnumSet;
import java.util.Set;

/** {@code ttsql timeline}: an SVG plot of the bytes each device and buffer type held over the log. */
final class TimelineSubcommand implements Subcommand {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String usage() {
    return "timeline [LOG ...] -o FILE           bytes held per device and buffer type over the log (SVG)";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.OUTPUT, CliOption.FORCE, CliOption.STRICT, CliOption.CALLSITE_SKIP);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    OutputFile output = OutputFile.of(args, name());
    try (PictureInput input = PictureInput.open(args, console, name())) {
      output.write(Timeline.of(input.trace()).svg(), console.out());
      return ExitCode.OK;
    }
  }
}
