package io.ttsql.shell.cli;

import io.ttsql.engine.Ttsql;
import io.ttsql.shell.pictures.Report;
import io.ttsql.shell.pictures.Timeline;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A subcommand that renders one file from the logs, with no options of its own: {@code ttsql
 * timeline} (an SVG of the bytes held over the log) and {@code ttsql report} (one HTML page).
 */
final class PageSubcommand implements Subcommand {
  /** Renders the page from the loaded logs; {@code runOptions} are the options that changed their tables. */
  @FunctionalInterface
  private interface Renderer {
    String render(PictureInput input, List<String> runOptions) throws SQLException;
  }

  private final String name;
  private final String usage;
  private final Renderer renderer;

  private PageSubcommand(String name, String usage, Renderer renderer) {
    this.name = name;
    this.usage = usage;
    this.renderer = renderer;
  }

  /** {@code ttsql timeline}: an SVG plot of the bytes each device and buffer type held over the log. */
  static PageSubcommand timeline() {
    return new PageSubcommand("timeline",
        "timeline [LOG ...] -o FILE           bytes held per device and buffer type over the log (SVG)",
        (input, runOptions) -> Timeline.of(input.trace()).svg());
  }

  /** {@code ttsql report}: one self-contained HTML page about the logs, to attach to a bug report. */
  static PageSubcommand report() {
    return new PageSubcommand("report",
        "report [LOG ...] -o FILE             one HTML page: summary, leaks, sizes, timeline, flame graph",
        (input, runOptions) -> Report.html(input.connection(), input.trace(), "ttsql " + Ttsql.VERSION, runOptions));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String usage() {
    return usage;
  }

  @Override
  public Set<CliOption> options() {
    EnumSet<CliOption> options = EnumSet.of(CliOption.OUTPUT, CliOption.FORCE, CliOption.STRICT, CliOption.CALLSITE_SKIP);
    if (name.equals("report")) {
      options.add(CliOption.SUPPRESSIONS); // its leak tables and flame graph leave suppressed leaks out
    }
    return options;
  }

  /** The options given that change what a saved query answers, as words of a command line. */
  private static List<String> runOptions(CliArgs args) {
    List<String> words = new ArrayList<>();
    for (CliOption option : List.of(CliOption.SUPPRESSIONS, CliOption.CALLSITE_SKIP)) {
      args.value(option).ifPresent(value -> words.addAll(List.of(option.longName(), value)));
    }
    return words;
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    OutputFile output = OutputFile.of(args, name);
    try (PictureInput input = PictureInput.open(args, console, name)) {
      output.write(renderer.render(input, runOptions(args)), console.out());
      return ExitCode.OK;
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }
}
