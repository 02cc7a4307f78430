package io.ttsql.engine.export;

import io.ttsql.engine.Counted;
import io.ttsql.engine.Ttsql;
import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.duckdb.CopyProgress;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports every table of a ttsql connection to a DuckDB database file or a folder of Parquet
 * files, as its {@link ExportTarget} says: {@code TraceExport.export(connection,
 * ExportTarget.of(to, force), progress)}.
 */
public final class TraceExport {
  private TraceExport() {}

  /**
   * What an export of {@code ttsql} to {@code target} holds, in one line: {@code /abs/run.duckdb
   * (DuckDB database): schema main: 1,234 events; schema b: 56 events}.
   */
  public static String describe(Connection ttsql, ExportTarget target) throws SQLException {
    List<String> parts = new ArrayList<>();
    Ttsql.traces(ttsql).forEach((name, trace) -> parts.add("schema " + name + ": " + Counted.of(trace.events().count(), "event")));
    String kind = target.format() == ExportTarget.Format.DUCKDB ? "DuckDB database" : "Parquet files";
    return target + " (" + kind + "): " + String.join("; ", parts);
  }

  /**
   * Writes the tables of every ttsql schema of {@code ttsql} (opened by {@link Ttsql}) to {@code
   * target}, telling {@code progress} how far the copy has got ({@link CopyProgress#NONE} for no one).
   */
  public static void export(Connection ttsql, ExportTarget target, CopyProgress progress) throws IOException, SQLException {
    Map<String, TtsqlSchema> schemas = Ttsql.schemas(ttsql);
    switch (target.format()) {
      case DUCKDB -> target.write(staged -> DuckDbExporter.write(schemas, staged, progress));
      case PARQUET -> target.write(staged -> ParquetExporter.write(schemas, staged, progress));
    }
  }
}
