package io.ttsql.shell.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dot commands, in the order {@code .help} lists them; dispatch and completion read this one list. */
public final class DotCommands {
  private final List<DotCommand> commands;

  private DotCommands(List<DotCommand> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The built-in commands. */
  public static DotCommands standard() {
    return new DotCommands(
        List.of(
            new HelpCommand(),
            new TablesCommand(),
            new SchemaCommand(),
            new SourcesCommand(),
            new FunctionsCommand(),
            new QueriesCommand(),
            new RunCommand(),
            new UseCommand(),
            new ModeCommand(),
            ToggleCommand.headers(),
            new NullValueCommand(),
            ToggleCommand.timer(),
            new MaxRowsCommand(),
            new MaxWidthCommand(),
            new TimeoutCommand(),
            new OpenCommand(),
            new OutputCommand(),
            new ExportCommand(),
            new ReadCommand(),
            ToggleCommand.bail(),
            new QuitCommand()));
  }

  public List<DotCommand> all() {
    return commands;
  }

  /** The command called {@code name} (without the dot) or one of its aliases. */
  public Optional<DotCommand> named(String name) {
    return commands.stream().filter(c -> c.name().equals(name) || c.aliases().contains(name)).findFirst();
  }

  /** Every name and alias, with the dot, for completion. */
  public List<String> dottedNames() {
    List<String> names = new ArrayList<>();
    for (DotCommand c : commands) {
      names.add("." + c.name());
      c.aliases().forEach(a -> names.add("." + a));
    }
    return names;
  }
}
