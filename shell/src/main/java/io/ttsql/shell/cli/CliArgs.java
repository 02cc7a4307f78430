package io.ttsql.shell.cli;

import io.ttsql.engine.NearestName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the subcommand word (if the first word that is not an option is one), the options with
 * their values, and the positional arguments in order ({@code --} ends the options).
 */
public final class CliArgs {
  private final String subcommand;
  private final Map<CliOption, List<String>> options;
  private final List<String> positionals;

  private CliArgs(String subcommand, Map<CliOption, List<String>> options, List<String> positionals) {
    this.subcommand = subcommand;
    this.options = options;
    this.positionals = positionals;
  }

  /**
   * Parses {@code argv}; the first word that is not an option names a subcommand when it is one of
   * {@code subcommands}.
   *
   * @throws CliFailure for an unknown option or a missing value
   */
  static CliArgs parse(String[] argv, Set<String> subcommands) throws CliFailure {
    String subcommand = null;
    Map<CliOption, List<String>> options = new EnumMap<>(CliOption.class);
    List<String> positionals = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < argv.length; i++) {
      String word = argv[i];
      if (!optionsEnded && subcommand == null && positionals.isEmpty() && subcommands.contains(word)) {
        subcommand = word; // options may come before it too: ttsql --format csv run net-leaks
        continue;
      }
      if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
        positionals.add(word);
        continue;
      }
      if (word.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = word.startsWith("--") ? word.indexOf('=') : -1;
      String name = eq < 0 ? word : word.substring(0, eq);
      CliOption option = CliOption.spelled(name).orElseThrow(() -> CliFailure.usage("unknown option " + name
          + NearestName.of(name, CliOption.longNames()).map(n -> " (did you mean " + n + "?)").orElse("")));
      String value = null;
      if (option.takesValue()) {
        if (eq >= 0) {
          value = word.substring(eq + 1);
        } else if (i + 1 < argv.length) {
          value = argv[++i];
        } else {
          throw CliFailure.usage(option.longName() + " needs a value");
        }
      } else if (eq >= 0) {
        throw CliFailure.usage(option.longName() + " takes no value");
      }
      options.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
    }
    return new CliArgs(subcommand, options, List.copyOf(positionals));
  }

  /** The subcommand word, or empty for the default (SQL and the shell). */
  public Optional<String> subcommand() {
    return Optional.ofNullable(subcommand);
  }

  public boolean has(CliOption option) {
    return options.containsKey(option);
  }

  /** The value of a single-valued option; the last one wins when given twice. */
  public Optional<String> value(CliOption option) {
    List<String> values = options.get(option);
    return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /** Every value of a repeatable option, in order. */
  public List<String> values(CliOption option) {
    return options.getOrDefault(option, List.of());
  }

  public List<String> positionals() {
    return positionals;
  }

  /** Fails unless every option given is one of {@code allowed} for {@code command}. */
  public void allowOnly(Set<CliOption> allowed, String command) throws CliFailure {
    for (CliOption given : options.keySet()) {
      if (!allowed.contains(given) && given != CliOption.DEBUG && given != CliOption.HELP) {
        throw CliFailure.usage(given.longName() + " does not apply to " + command);
      }
    }
  }
}
