package io.ttsql.shell.cli;

import io.ttsql.shell.output.OutputFormats;
import io.ttsql.shell.session.Settings;

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
    if (args.has(CliOption.MAX_ROWS)) {
      String value = args.value(CliOption.MAX_ROWS).orElseThrow();
      try {
        settings.maxRows(Long.parseLong(value));
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage("--max-rows wants a whole number, 0 for no limit, not " + value);
      }
    }
    if (args.has(CliOption.TIMEOUT)) {
      String value = args.value(CliOption.TIMEOUT).orElseThrow();
      try {
        settings.timeoutSeconds(Integer.parseInt(value));
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage("--timeout wants a whole number of seconds, 0 for no limit, not " + value);
      }
    }
    settings.headers(!args.has(CliOption.NO_HEADER));
    args.value(CliOption.NULLVALUE).ifPresent(settings::nullValue);
    return settings;
  }
}
