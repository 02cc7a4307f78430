package io.ttsql.shell.cli;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.analysis.AnalyzedTrace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The one trace a picture or report is drawn from: the logs of the command line loaded as a single
 * schema (several logs without {@code NAME=} load as one trace), and its connection.
 *
 * @param connection the ttsql connection, whose default schema holds the trace
 * @param trace the loaded trace
 */
record PictureInput(Connection connection, AnalyzedTrace trace) implements AutoCloseable {
  /** Loads the logs named by the positional arguments of {@code args} (the bundled sample when none). */
  static PictureInput open(CliArgs args, Console console, String command) throws CliFailure {
    return open(args, console, command, args.positionals());
  }

  /** Loads {@code logs} (the bundled sample when none) with the options of {@code args}. */
  static PictureInput open(CliArgs args, Console console, String command, List<String> logs) throws CliFailure {
    Connection connection = new LogConnector(args, console.err(), console.interactive(), () -> 0).connect(logs);
    try {
      Map<String, AnalyzedTrace> traces = Ttsql.traces(connection);
      if (traces.size() != 1) {
        connection.close();
        throw CliFailure.usage(command + " draws one trace, not " + traces.size()
            + " schemas: give the logs without NAME= and they load as one trace");
      }
      return new PictureInput(connection, traces.values().iterator().next());
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }

  @Override
  public void close() throws CliFailure {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, e.getMessage(), e);
    }
  }
}
