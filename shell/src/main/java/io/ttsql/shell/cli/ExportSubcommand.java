package io.ttsql.shell.cli;

import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.export.ExportTarget;
import io.ttsql.engine.export.TraceExport;
import io.ttsql.shell.commands.CopyDisplay;
import io.ttsql.shell.session.IoFailure;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code ttsql export [[NAME=]LOG ...] --to PATH [--force]}: loads the logs and writes every table
 * to a DuckDB database file or a folder of Parquet files, as {@link ExportTarget} decides from PATH.
 */
final class ExportSubcommand implements Subcommand {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public String usage() {
    return "export [[NAME=]LOG ...] --to FILE.duckdb [--force]   write every table to a DuckDB database\n"
        + "export [[NAME=]LOG ...] --to FOLDER [--force]        write FOLDER/TABLE.parquet for every table";
  }

  @Override
  public Set<CliOption> options() {
    return EnumSet.of(CliOption.TO, CliOption.FORCE, CliOption.STRICT, CliOption.CALLSITE_SKIP, CliOption.SUPPRESSIONS);
  }

  @Override
  public int run(CliArgs args, Console console) throws CliFailure {
    String to = args.value(CliOption.TO)
        .filter(path -> !path.isBlank())
        .orElseThrow(() -> CliFailure.usage("export needs --to FILE.duckdb or --to FOLDER"));
    ExportTarget target = target(to, args.has(CliOption.FORCE));
    LogConnector connector = new LogConnector(args, console.err(), console.interactive(), () -> 0);
    TraceSpec spec = connector.spec(args.positionals());
    checkSchemaNames(target, spec);
    DuckDb.loadLibraryInBackground(); // both exports write through DuckDB, once the logs are loaded
    try (Connection connection = connector.connect(spec)) {
      exportShowingProgress(connection, target, console);
      console.out().println("wrote " + TraceExport.describe(connection, target));
      return ExitCode.OK;
    } catch (FileAlreadyExistsException e) {
      throw alreadyExists(e);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.BAD_INPUT, "cannot export to " + to + ": " + IoFailure.reason(e), e);
    } catch (SQLException e) {
      throw new CliFailure(ExitCode.SQL_ERROR, "export to " + to + " failed: " + e.getMessage(), e);
    }
  }

  /** Exports, with a progress bar on a terminal, erased before anything else is printed. */
  private static void exportShowingProgress(Connection connection, ExportTarget target, Console console)
      throws IOException, SQLException {
    try (CopyDisplay display = ProgressBar.forCopy(console, () -> 0)) {
      TraceExport.export(connection, target, display);
    }
  }

  /** Refuses, before the logs are loaded, a schema name that DuckDB keeps for itself. */
  private static void checkSchemaNames(ExportTarget target, TraceSpec spec) throws CliFailure {
    try {
      target.checkSchemaNames(spec.schemas().keySet());
    } catch (IllegalArgumentException e) {
      throw CliFailure.input(e.getMessage());
    }
  }

  /** Checks the target before the logs are loaded, so that a refusal comes at once. */
  private static ExportTarget target(String to, boolean force) throws CliFailure {
    try {
      return ExportTarget.of(to, force);
    } catch (FileAlreadyExistsException e) {
      throw alreadyExists(e);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.BAD_INPUT, "cannot export to " + to + ": " + IoFailure.reason(e), e);
    }
  }

  private static CliFailure alreadyExists(FileAlreadyExistsException e) {
    return new CliFailure(ExitCode.BAD_INPUT, e.getMessage() + " (--force replaces it)", e);
  }

}
