package io.ttsql.shell.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats by name, in the order help lists them. */
public final class OutputFormats {
  private static final List<OutputFormat> ALL =
      List.of(new TableFormat(), DelimitedFormat.csv(), DelimitedFormat.tsv(), JsonFormat.array(), JsonFormat.lines(),
          new MarkdownFormat(), new LineFormat());

  private OutputFormats() {}

  /** Every format. */
  public static List<OutputFormat> all() {
    return ALL;
  }

  /** The names, joined with {@code |} for usage lines. */
  public static String names() {
    return String.join("|", ALL.stream().map(OutputFormat::name).toList());
  }

  /** The format called {@code name} (any case). */
  public static Optional<OutputFormat> named(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
  }

  /** The format people see by default. */
  public static OutputFormat table() {
    return ALL.get(0);
  }
}
