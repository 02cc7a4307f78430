package io.ttsql.shell.cli;

import io.ttsql.engine.LoadProgress;
import io.ttsql.engine.LogSource;
import io.ttsql.engine.TraceLoader;
import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.Ttsql;
import io.ttsql.samples.BundledSamples;
import io.ttsql.shell.output.VisibleText;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Opens the logs named on the command line ({@code [NAME=]LOG …}, the bundled sample when none),
 * with a progress bar on a terminal, warns about lines that were not understood and says how many
 * leaks a suppressions file left out.
 */
public final class LogConnector {
  private final PrintStream messages;
  private final boolean terminal;
  private final IntSupplier columns;
  private final Properties properties = new Properties();

  /**
   * @param args the parsed command line ({@code --strict}, {@code --callsite-skip}, {@code --store} and
   *     {@code --suppressions} are read)
   * @param messages where the progress bar and warnings go
   * @param terminal whether {@code messages} is a terminal (no progress bar otherwise)
   * @param columns the terminal's width, which the progress bar fits; 0 when it is not known
   */
  public LogConnector(CliArgs args, PrintStream messages, boolean terminal, IntSupplier columns) {
    this.messages = messages;
    this.terminal = terminal;
    this.columns = columns;
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
    return connect(spec(logs));
  }

  /**
   * Loads {@code logs} and connects, as {@link #connect(List)} does, unless {@code stop} turns true
   * while they load (Ctrl-C): the load then fails ({@code loading canceled}), and nothing is lost
   * but the time.
   */
  public Connection connect(List<String> logs, BooleanSupplier stop) throws CliFailure {
    return connect(spec(logs), stop);
  }

  /**
   * What {@code logs} ({@code [NAME=]LOG …}, the bundled sample when empty) ask to load, before
   * anything is read; exit status 2 for schema names that differ only in case.
   */
  public TraceSpec spec(List<String> logs) throws CliFailure {
    List<String> given = logs.isEmpty() ? List.of(LogSource.SAMPLE_PREFIX + BundledSamples.DEFAULT) : logs;
    try {
      return TraceSpec.fromArgs(given, properties);
    } catch (IllegalArgumentException e) {
      throw CliFailure.input(e.getMessage());
    }
  }

  /** Loads what {@code spec} asks for and connects, failing as {@link #connect(List)} does. */
  public Connection connect(TraceSpec spec) throws CliFailure {
    return connect(spec, () -> false);
  }

  private Connection connect(TraceSpec spec, BooleanSupplier stop) throws CliFailure {
    ProgressBar bar = terminal ? new ProgressBar(messages, columns) : null;
    LoadProgress progress = progress(bar, stop);
    try {
      Connection connection = Ttsql.connect(spec, progress);
      for (SQLWarning warning = connection.getWarnings(); warning != null; warning = warning.getNextWarning()) {
        messages.println(VisibleText.of(warning.getMessage()));
      }
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
      if (bar != null) {
        bar.close();
      }
    }
  }

  /**
   * What loading tells: the progress to {@code bar} (null for none), and a stop when {@code stop}
   * says so, while the logs are read and while the DuckDB store copies them (where DuckDB reports
   * the stop as its own error, which {@code .open} says is a canceled load).
   */
  static LoadProgress progress(ProgressBar bar, BooleanSupplier stop) {
    return new LoadProgress() {
      @Override
      public void update(String file, long bytesRead, long bytesTotal, long events) {
        stopIfAsked();
        if (bar != null) {
          bar.update(file, bytesRead, bytesTotal, events);
        }
      }

      @Override
      public void copiedToDuckDb(long rowsCopied, long rowsTotal) {
        stopIfAsked();
        if (bar != null) {
          bar.update(rowsCopied, rowsTotal);
        }
      }

      private void stopIfAsked() {
        if (stop.getAsBoolean()) {
          throw new CancellationException();
        }
      }
    };
  }
}
