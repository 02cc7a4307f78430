package io.ttsql.shell.cli;

import io.ttsql.engine.LogSource;
import io.ttsql.shell.pictures.BadConditionException;
import io.ttsql.shell.pictures.FlameGraph;
import io.ttsql.shell.pictures.FlameWeight;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ttsql flamegraph}: the call stacks of the lifetimes as an interactive SVG flame graph, or
 * as folded stacks with {@code --folded}; {@code --weight} picks what widths measure and {@code
 * --where} which lifetimes count. With no log it draws the bundled buffer debug log, the sample with stacks.
 */
final class FlamegraphSubcommand implements Subcommand {
  private static final String STACKS_SAMPLE = LogSource.SAMPLE_PREFIX + "tt_buffer_debug.log";

  @Override
  public String name() {
    return "flamegraph";
  }

  @Override
  public String usage() {
    return "flamegraph [LOG ...] -o FILE         flame graph of the call stacks (--weight, --where, --folded)";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.OUTPUT, CliOption.FORCE, CliOption.WEIGHT, CliOption.WHERE, CliOption.FOLDED,
        CliOption.STRICT, CliOption.CALLSITE_SKIP, CliOption.SUPPRESSIONS);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    String weightName = args.value(CliOption.WEIGHT).orElse(FlameWeight.LEAKED_BYTES.optionName());
    FlameWeight weight = FlameWeight.named(weightName)
        .orElseThrow(() -> CliFailure.usage("unknown --weight " + weightName + " (weights: " + FlameWeight.names() + ")"));
    String condition = args.value(CliOption.WHERE).orElse(null);
    if (condition != null && condition.isBlank()) {
      throw CliFailure.usage("--where needs a condition on lifetimes, such as \"device = 0\"");
    }
    OutputFile output = OutputFile.of(args, name());
    // Only the buffer debug log records stacks, so with no log the flame graph is of its sample.
    List<String> logs = args.positionals().isEmpty() ? List.of(STACKS_SAMPLE) : args.positionals();
    try (PictureInput input = PictureInput.open(args, console, name(), logs)) {
      FlameGraph graph = FlameGraph.read(input.connection(), weight, condition);
      output.write(args.has(CliOption.FOLDED) ? graph.folded() : graph.svg(), console.out());
      return ExitCode.OK;
    } catch (BadConditionException e) {
      throw CliFailure.input(e.getMessage());
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }
}
