package io.ttsql.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link LogGenerator}, parsed: the configuration, which logs to write and
 * where, and where the summary goes.
 *
 * @param config what to simulate
 * @param format which logs to write
 * @param outputs one path per log written: the server log first
 * @param summary file for the summary, or null for standard output
 */
record GeneratorArgs(GeneratorConfig config, Format format, List<Path> outputs, Path summary) {
  /** Which logs a run writes. */
  enum Format {
    SERVER, DEBUG, BOTH;

    int logs() {
      return this == BOTH ? 2 : 1;
    }
  }

  static final String USAGE = """
      usage: java -cp samples/target/classes io.ttsql.samples.LogGenerator [options] --out PATH [PATH]

        --format server|debug|both  logs to write (default both); both takes two paths, server log first
        --events N                  server-log events to write, at least (default 100000)
        --seed S                    random seed; same seed and options give the same bytes (default 1)
        --out PATH [PATH]           output files; a name ending in .gz is gzip-compressed
        --processes N               client processes at once, 1 to 8 (default 4)
        --stats-every N             events between statistics blocks (default 10000)
        --exit-every N              mean events between process deaths (default 20000)
        --decimal-ids F             share of ids printed in decimal, 0 to 1 (default 0)
        --fix-leaks                 the run after a fix: living processes free their leaked buffers
                                    before the end (same seed without it: the run before)
        --summary PATH              write the true counts there instead of to standard output
        --help                      print this text
      """;

  /** Parses {@code args}; fails with IllegalArgumentException whose message says what is wrong. */
  static GeneratorArgs parse(String[] args) {
    Format format = Format.BOTH;
    long seed = 1;
    long events = 100_000;
    int processes = GeneratorConfig.DEFAULT_PROCESSES;
    long statsEvery = GeneratorConfig.DEFAULT_STATS_EVERY;
    long exitEvery = GeneratorConfig.DEFAULT_EXIT_EVERY;
    double decimalIds = 0;
    boolean fixLeaks = false;
    List<Path> outputs = new ArrayList<>();
    Path summary = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--format" -> format = format(value(args, ++i, flag));
        case "--events" -> events = number(value(args, ++i, flag), flag);
        case "--seed" -> seed = number(value(args, ++i, flag), flag);
        case "--processes" -> processes = smallNumber(value(args, ++i, flag), flag);
        case "--stats-every" -> statsEvery = number(value(args, ++i, flag), flag);
        case "--exit-every" -> exitEvery = number(value(args, ++i, flag), flag);
        case "--decimal-ids" -> decimalIds = share(value(args, ++i, flag), flag);
        case "--summary" -> summary = Path.of(value(args, ++i, flag));
        case "--fix-leaks" -> fixLeaks = true;
        case "--out" -> {
          outputs.add(Path.of(value(args, ++i, flag)));
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            outputs.add(Path.of(value(args, ++i, flag)));
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (outputs.size() != format.logs()) {
      throw new IllegalArgumentException("--format " + format.name().toLowerCase(Locale.ROOT) + " needs "
          + format.logs() + " --out path(s), got " + outputs.size());
    }
    GeneratorConfig config =
        new GeneratorConfig(seed, events, processes, statsEvery, exitEvery, decimalIds, fixLeaks);
    return new GeneratorArgs(config, format, List.copyOf(outputs), summary);
  }

  /** The server log's path, or null if it is not written. */
  Path serverLog() {
    return format == Format.DEBUG ? null : outputs.get(0);
  }

  /** The debug log's path, or null if it is not written. */
  Path debugLog() {
    return format == Format.SERVER ? null : outputs.get(outputs.size() - 1);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].isEmpty()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static Format format(String text) {
    for (Format f : Format.values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(text)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be server, debug or both, not " + text);
  }

  private static long number(String text, String flag) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not " + text, e);
    }
  }

  private static int smallNumber(String text, String flag) {
    long n = number(text, flag);
    if (n != (int) n) {
      throw new IllegalArgumentException(flag + " is out of range: " + text);
    }
    return (int) n;
  }

  private static double share(String text, String flag) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number between 0 and 1, not " + text, e);
    }
  }
}
