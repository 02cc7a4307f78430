package io.ttsql.engine.export;

import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.duckdb.DuckDbLoader;
import io.ttsql.engine.duckdb.DuckDbLoader.Storage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/** Writes ttsql schemas into a new DuckDB database file: a DuckDB schema per ttsql schema, same tables, same functions. */
final class DuckDbExporter {
  /** The schema a DuckDB file opens in. */
  private static final String DEFAULT_SCHEMA = "main";

  private DuckDbExporter() {}

  /**
   * Writes every table of {@code schemas} into the new database file {@code file}, telling {@code
   * progress} how far it has got (for each schema in turn).
   */
  static void write(Map<String, TtsqlSchema> schemas, Path file, CopyProgress progress) throws SQLException {
    try (DuckDBConnection duck = DuckDb.open(file)) {
      for (Map.Entry<String, TtsqlSchema> schema : schemas.entrySet()) {
        DuckDbLoader.createSchema(duck, schema.getKey());
        DuckDbLoader.loadAll(duck, schema.getKey(), schema.getValue().dataTables(), Storage.AS_INSERTED, progress);
        DuckDbFunctions.create(duck, schema.getKey());
      }
      if (!schemas.containsKey(DEFAULT_SCHEMA)) {
        // Every log was named: the file still opens in main, where unqualified hex(…) and
        // human_bytes(…) of the saved queries must find ttsql's functions, not DuckDB's or none.
        DuckDbFunctions.createWithoutTables(duck, DEFAULT_SCHEMA);
      }
      DuckDb.checkpoint(duck);
    }
  }
}
