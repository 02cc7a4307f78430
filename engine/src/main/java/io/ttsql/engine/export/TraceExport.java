package io.ttsql.engine.export;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.duckdb.CopyProgress;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Exports every table of a ttsql connection to a DuckDB database file or a folder of Parquet
 * files, as its {@link ExportTarget} says: {@code TraceExport.export(connection, ExportTarget.of(to, force))}.
 */
public final class TraceExport {
  private TraceExport() {}

  /** Writes the tables of every ttsql schema of {@code ttsql} (opened by {@link Ttsql}) to {@code target}. */
  public static void export(Connection ttsql, ExportTarget target) throws IOException, SQLException {
    export(ttsql, target, CopyProgress.NONE);
  }

  /** {@link #export(Connection, ExportTarget)}, telling {@code progress} how far the copy has got. */
  public static void export(Connection ttsql, ExportTarget target, CopyProgress progress) throws IOException, SQLException {
    Map<String, TtsqlSchema> schemas = Ttsql.schemas(ttsql);
    switch (target.format()) {
      case DUCKDB -> target.write(staged -> DuckDbExporter.write(schemas, staged, progress));
      case PARQUET -> target.write(staged -> ParquetExporter.write(schemas, staged, progress));
    }
  }
}
