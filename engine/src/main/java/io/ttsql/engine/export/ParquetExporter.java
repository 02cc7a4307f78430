package io.ttsql.engine.export;

import io.ttsql.engine.TraceSpec;
import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.duckdb.DuckDbLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Writes ttsql schemas as Parquet files, one per table: {@code FOLDER/TABLE.parquet} for the default
 * schema, {@code FOLDER/SCHEMA/TABLE.parquet} for a named one. DuckDB's {@code COPY … (FORMAT
 * PARQUET)} writes each table as it reads it from ttsql ({@code DuckDbLoader}), as many tables at
 * once as there are cores.
 */
final class ParquetExporter {
  private ParquetExporter() {}

  /**
   * Creates the folder {@code folder} and writes every table of {@code schemas} into it, telling
   * {@code progress} how far it has got (for each schema in turn).
   */
  static void write(Map<String, TtsqlSchema> schemas, Path folder, CopyProgress progress) throws IOException, SQLException {
    Files.createDirectory(folder);
    try (DuckDBConnection duck = DuckDb.inMemory()) {
      for (Map.Entry<String, TtsqlSchema> schema : schemas.entrySet()) {
        String name = schema.getKey();
        Path schemaFolder = name.equals(TraceSpec.DEFAULT_SCHEMA) ? folder : Files.createDirectory(folder.resolve(name));
        DuckDbLoader.writeParquet(duck, schema.getValue().dataTables(),
            table -> schemaFolder.resolve(table.name() + ExportFolders.PARQUET_SUFFIX), progress);
      }
    }
  }
}
