package io.ttsql.shell.cli;

import io.ttsql.shell.output.OutputFormats;
import io.ttsql.shell.session.Settings;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The starting settings of a session, from the command line and from whether a person is watching. */
final class ShellSettings {
  private ShellSettings() {}

  /**
   * Interactive sessions time statements and limit table rows; scripts show every row. {@code
   * --format}, {@code --max-rows}, {@code --no-header}, {@code --nullvalue}, {@code --timeout}
   * and {@code --bail} override.
   */
  static Settings from(CliArgs args, boolean interactive) throws CliFailure {
    Settings settings = new Settings();
    settings.timer(interactive);
    settings.maxRows(interactive ? Settings.INTERACTIVE_MAX_ROWS : 0);
    settings.bail(args.has(CliOption.BAIL));
    if (args.has(CliOption.FORMAT)) {
      String name = args.value(CliOption.FORMAT).orElseThrow();
      settings.format(OutputFormats.named(name)
          .orElseThrow(() -> CliFailure.usage("unknown format " + name + " (formats: " + OutputFormats.names() + ")")));
    }
    wholeNumber(args, CliOption.MAX_ROWS, "a whole number, 0 for no limit", settings::maxRows);
    wholeNumber(args, CliOption.TIMEOUT,
        "a whole number of seconds up to " + Settings.MAX_TIMEOUT_SECONDS + ", 0 for no limit", settings::timeoutSeconds);
    settings.headers(!args.has(CliOption.NO_HEADER));
    args.value(CliOption.NULLVALUE).ifPresent(settings::nullValue);
    return settings;
  }

  /** Gives {@code setting} the whole number after {@code option}, if it is there; any other value is a usage error. */
  private static void wholeNumber(CliArgs args, CliOption option, String wanted, LongConsumer setting) throws CliFailure {
    Optional<String> value = args.value(option);
    if (value.isEmpty()) {
      return;
    }
    try {
      setting.accept(Long.parseLong(value.get()));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(option.longName() + " wants " + wanted + ", not " + value.get());
    }
  }
}
