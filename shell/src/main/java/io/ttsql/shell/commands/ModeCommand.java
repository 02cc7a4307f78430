package io.ttsql.shell.commands;

import io.ttsql.shell.output.OutputFormat;
import io.ttsql.shell.output.OutputFormats;
import java.util.List;

/** {@code .mode NAME}: chooses the output format; without a name, shows the current one. */
final class ModeCommand implements DotCommand {
  @Override
  public String name() {
    return "mode";
  }

  @Override
  public String arguments() {
    return OutputFormats.names();
  }

  @Override
  public String help() {
    return "set the output format; alone, show the current one";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    return OutputFormats.all().stream().map(OutputFormat::name).toList();
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException {
    if (args.isEmpty()) {
      shell.session().messages().println("mode: " + shell.session().settings().format().name());
      return;
    }
    if (args.size() > 1) {
      throw new CommandException("usage: .mode " + arguments());
    }
    OutputFormat format = OutputFormats.named(args.get(0))
        .orElseThrow(() -> new CommandException("unknown mode " + args.get(0) + " (modes: " + arguments() + ")"));
    shell.session().settings().format(format);
  }
}
