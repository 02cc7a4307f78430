package io.ttsql.shell.commands;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.export.ExportTarget;
import io.ttsql.engine.export.TraceExport;
import io.ttsql.shell.session.IoFailure;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@code .export FILE.duckdb|FOLDER [--force]}: writes every loaded table to a DuckDB database or a
 * folder of Parquet files, as {@code ttsql export} does, without loading the logs again; Ctrl-C
 * stops it, the target left as it was.
 */
final class ExportCommand implements DotCommand {
  private static final String FORCE = "--force";
  private static final String USAGE = "usage: .export FILE.duckdb|FOLDER [--force]";

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String arguments() {
    return "FILE.duckdb|FOLDER [--force]";
  }

  @Override
  public String help() {
    return "write every loaded table to a DuckDB database or a folder of Parquet files (--force replaces it)";
  }

  @Override
  public List<String> completions(ShellContext shell, List<String> before, String word) {
    if (before.isEmpty()) {
      return FileNames.completing(word);
    }
    return before.contains(FORCE) ? List.of() : List.of(FORCE);
  }

  @Override
  public void execute(ShellContext shell, List<String> args) throws CommandException, SQLException {
    List<String> paths = new ArrayList<>(args);
    boolean force = paths.remove(FORCE);
    if (paths.size() != 1) {
      throw new CommandException(USAGE + " (quote a name with spaces)");
    }
    Connection connection = shell.session().connection();
    Set<String> schemas = Ttsql.schemas(connection).keySet();
    if (schemas.isEmpty()) {
      throw new CommandException(".export writes the tables ttsql holds in memory; on the DuckDB store, run ttsql export on the logs");
    }
    ExportTarget target = target(paths.get(0), force);
    try {
      target.checkSchemaNames(schemas);
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage());
    }
    long cancels = shell.session().cancels();
    try (CopyDisplay display = shell.copyDisplay()) {
      TraceExport.export(connection, target, (copied, total) -> {
        display.update(copied, total);
        if (shell.session().cancels() != cancels) {
          throw new CancellationException();
        }
      });
    } catch (IOException e) {
      throw new CommandException("cannot export to " + target + ": " + IoFailure.reason(e));
    } catch (SQLException | CancellationException e) {
      if (shell.session().cancels() == cancels) {
        throw e;
      }
      // Ctrl-C: thrown from DuckDB's copy it comes back as DuckDB's error, from the last count as it is
      throw new CommandException("export canceled; nothing was written to " + target);
    }
    shell.session().messages().println("wrote " + TraceExport.describe(connection, target));
    shell.session().messages().flush();
  }

  /** The target {@code to} names, refused as {@code ttsql export} refuses it. */
  private static ExportTarget target(String to, boolean force) throws CommandException {
    try {
      return ExportTarget.of(Arguments.expandHome(to), force);
    } catch (FileAlreadyExistsException e) {
      throw new CommandException(e.getMessage() + " (--force replaces it)");
    } catch (IOException e) {
      throw new CommandException("cannot export to " + to + ": " + IoFailure.reason(e));
    }
  }
}
