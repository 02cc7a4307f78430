package io.ttsql.shell.cli;

import io.ttsql.shell.output.OutputFormat;
import io.ttsql.shell.output.OutputFormats;
import io.ttsql.shell.pictures.FlameWeight;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every command-line option of {@code ttsql}: its spellings, its value, and its help line. */
public enum CliOption {
  COMMAND("-c", "--command", "SQL", "run SQL (statements end with ;, a dot command takes the rest of its line) and exit"),
  FILE("-f", "--file", "FILE", "run the SQL script FILE (- for standard input) and exit"),
  FORMAT(null, "--format", "NAME", "output format: " + oneOf(OutputFormats.all().stream().map(OutputFormat::name))),
  MAX_ROWS(null, "--max-rows", "N", "show at most N rows in table, markdown and line output (0: all)"),
  NO_HEADER(null, "--no-header", null,
      "leave out the column names in csv, tsv, table and markdown (line and json name each value)"),
  NULLVALUE(null, "--nullvalue", "TEXT",
      "show NULL as TEXT in table, markdown, line (default NULL; csv, tsv: empty; json: null)"),
  TIMEOUT(null, "--timeout", "SECONDS", "stop a statement that runs longer than SECONDS, as an error (0: no limit)"),
  BAIL(null, "--bail", null, "stop at the first error, with exit status 1"),
  FAIL_IF_ROWS(null, "--fail-if-rows", null, "exit with status 3 when a result has at least one row"),
  FAIL_IF_WORSE(null, "--fail-if-worse", null, "diff: exit with status 3 when the leaked bytes grew"),
  PARAM("-p", "--param", "K=V", "set a saved query's parameter (repeatable)"),
  SQL(null, "--sql", null, "run: print the saved query's SQL, parameters filled in, instead of running it"),
  STRICT(null, "--strict", null, "fail on the first log line that is not understood"),
  TO(null, "--to", "PATH", "export: a FILE.duckdb database, or a folder of Parquet files (any other PATH)"),
  FORCE(null, "--force", null, "replace an existing output: the --to export, or the -o picture or report"),
  CALLSITE_SKIP(null, "--callsite-skip", "LIST", "comma-separated function prefixes that callsites skip"),
  STORE(null, "--store", "NAME", "where tables live: memory (default), or duckdb for big logs (see README)"),
  SUPPRESSIONS(null, "--suppressions", "FILE", "leave out the leaks that FILE's leak:FUNCTION_PATTERN lines accept"),
  OUTPUT("-o", "--output", "FILE", "write the picture or report to FILE (- for standard output)"),
  WEIGHT(null, "--weight", "NAME", "flame graph widths: " + oneOf(Arrays.stream(FlameWeight.values())
      .map(w -> w == FlameWeight.LEAKED_BYTES ? w.optionName() + " (default)" : w.optionName()))),
  WHERE(null, "--where", "CONDITION", "flame graph of the lifetimes rows where the SQL CONDITION holds"),
  FOLDED(null, "--folded", null, "write folded stacks (for flamegraph.pl, speedscope, inferno) instead of SVG"),
  DEBUG(null, "--debug", null, "show Java stack traces of errors"),
  HELP("-h", "--help", null, "show this help"),
  VERSION(null, "--version", null, "show the version");

  private final String shortName;
  private final String longName;
  private final String valueName;
  private final String help;

  CliOption(String shortName, String longName, String valueName, String help) {
    this.shortName = shortName;
    this.longName = longName;
    this.valueName = valueName;
    this.help = help;
  }

  /** The names as help lists them: {@code a, b or c}. */
  private static String oneOf(Stream<String> names) {
    List<String> all = names.toList();
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }

  /** The option spelled {@code word} ({@code -c} or {@code --command}). */
  static Optional<CliOption> spelled(String word) {
    return Arrays.stream(values()).filter(o -> word.equals(o.longName) || word.equals(o.shortName)).findFirst();
  }

  /** Every option's long name ({@code --command}…). */
  static List<String> longNames() {
    return Arrays.stream(values()).map(o -> o.longName).toList();
  }

  boolean takesValue() {
    return valueName != null;
  }

  public String longName() {
    return longName;
  }

  /** The option as help lists it: {@code -c, --command SQL}. */
  String synopsis() {
    String names = shortName == null ? "    " + longName : shortName + ", " + longName;
    return valueName == null ? names : names + " " + valueName;
  }

  String help() {
    return help;
  }
}
