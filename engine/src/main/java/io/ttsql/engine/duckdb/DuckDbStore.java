package io.ttsql.engine.duckdb;

import io.ttsql.engine.TraceStore;
import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.calcite.TtsqlSchema;
import io.ttsql.engine.duckdb.DuckDbLoader.Storage;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.duckdb.DuckDBConnection;

/**
 * The {@code store=duckdb} store: copies every table of each trace (the self-describing ones too)
 * into one in-memory DuckDB database, a DuckDB schema per ttsql schema, and serves them through a
 * {@link DuckDbSchema}, so that Calcite sends whole queries to DuckDB. The parsed trace is not
 * kept; the database closes with the connection.
 */
public final class DuckDbStore implements TraceStore {
  private final CopyProgress progress;
  private DuckDBConnection duck;
  private DuplicatingDataSource connections;
  private JdbcConvention convention;

  /** @param progress told how far copying each trace's tables into DuckDB has got */
  public DuckDbStore(CopyProgress progress) {
    this.progress = progress;
  }

  @Override
  public Schema schema(SchemaPlus root, String name, AnalyzedTrace trace) throws SQLException {
    if (duck == null) {
      duck = DuckDb.inMemory();
      connections = new DuplicatingDataSource(duck);
    }
    DuckDbLoader.createSchema(duck, name);
    TtsqlSchema tables = new TtsqlSchema(trace);
    DuckDbLoader.loadAll(duck, name, tables.columnarTables(), Storage.COMPRESSED_AS_LOADED, progress);
    DuckDbSchema schema =
        DuckDbSchema.create(root, name, connections, convention, trace.trace().sources(), tables.tableDocs());
    convention = schema.convention();
    return schema;
  }

  /** Cancels the DuckDB statements Calcite runs for it: its JDBC adapter does not pass a cancel on. */
  @Override
  public void cancelRunning(Statement statement) {
    if (connections != null) {
      connections.cancelStatements(statement);
    }
  }

  @Override
  public AutoCloseable resources() {
    return connections == null ? () -> { } : connections;
  }
}
