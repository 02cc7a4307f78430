package io.ttsql.shell.cli;

import io.ttsql.engine.LogSource;
import io.ttsql.engine.TraceLoader;
import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.Ttsql;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.samples.BundledSamples;
import io.ttsql.shell.output.Counted;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens the logs named on the command line ({@code [NAME=]LOG …}, the bundled sample when none),
 * with a progress bar on a terminal, warns about lines that were not understood and says how many
 * leaks a suppressions file left out.
 */
public final class LogConnector {
  private final PrintStream messages;
  private final boolean terminal;
  private final Properties properties = new Properties();

  /**
   * @param args the parsed command line ({@code --strict}, {@code --callsite-skip}, {@code --store} and
   *     {@code --suppressions} are read)
   * @param messages where the progress bar and warnings go
   * @param terminal whether {@code messages} is a terminal (no progress bar otherwise)
   */
  public LogConnector(CliArgs args, PrintStream messages, boolean terminal) {
    this.messages = messages;
    this.terminal = terminal;
    if (args.has(CliOption.STRICT)) {
      properties.setProperty(TraceSpec.STRICT, "true");
    }
    args.value(CliOption.CALLSITE_SKIP).ifPresent(v -> properties.setProperty(TraceSpec.CALLSITE_SKIP, v));
    args.value(CliOption.STORE).ifPresent(v -> properties.setProperty(TraceSpec.STORE, v));
    args.value(CliOption.SUPPRESSIONS).ifPresent(v -> properties.setProperty(TraceSpec.SUPPRESSIONS, v));
  }

  /**
   * Loads {@code logs} and connects; exit status 2 for a log or suppressions file that cannot be
   * read or, when strict, parsed (a bad suppressions line always fails), and for an unknown store.
   */
  public Connection connect(List<String> logs) throws CliFailure {
    List<String> given = logs.isEmpty() ? List.of(LogSource.SAMPLE_PREFIX + BundledSamples.DEFAULT) : logs;
    ProgressBar progress = terminal ? new ProgressBar(messages) : null;
    try {
      TraceSpec spec = TraceSpec.fromArgs(given, properties);
      Connection connection = Ttsql.connect(spec, progress);
      spec.notes().forEach(messages::println);
      warnAboutLoading(connection);
      if (spec.suppressionsFile().isPresent()) {
        SuppressionNote.print(connection, spec.schemas().keySet(), spec.suppressionsFile().get().toString(), messages);
      }
      return connection;
    } catch (SQLException e) {
      boolean badInput = LogSource.UNREADABLE_STATE.equals(e.getSQLState())
          || TraceLoader.PARSE_ERROR_STATE.equals(e.getSQLState())
          || Ttsql.BAD_REQUEST_STATE.equals(e.getSQLState());
      throw new CliFailure(badInput ? ExitCode.BAD_INPUT : ExitCode.SQL_ERROR, e.getMessage(), e);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  private void warnAboutLoading(Connection connection) throws SQLException {
    for (Map.Entry<String, List<SourceInfo>> schema : Ttsql.sources(connection).entrySet()) {
      warnIfFormatsMix(schema.getKey(), schema.getValue());
      for (SourceInfo source : schema.getValue()) {
        if (source.readError() != null) {
          messages.printf(Locale.ROOT, "%s: reading stopped early (%s); the %,d lines before are loaded%n",
              source.file(), source.readError(), source.lines());
        }
        if (source.errorLines() > 0) {
          messages.printf("%s: %s not understood (see parse_errors)%n", source.file(),
              Counted.of(source.errorLines(), "line"));
        }
      }
    }
  }

  /**
   * A server log and a buffer debug log in one schema record the same buffers twice, so their
   * bytes add up in one trace; the two are compared as two schemas instead.
   */
  private void warnIfFormatsMix(String schema, List<SourceInfo> sources) {
    Set<String> formats = sources.stream().map(SourceInfo::format).collect(Collectors.toSet());
    if (formats.contains(LogFormat.SERVER.sqlName()) && formats.contains(LogFormat.BUFFER_DEBUG.sqlName())) {
      messages.printf("schema %s holds a server log and a buffer debug log, whose buffers then count twice;"
          + " to compare them, load them as two schemas: server=LOG stacks=LOG%n", schema);
    }
  }
}
