package io.ttsql.engine;

import io.ttsql.engine.analysis.AnalyzedTrace;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;

/** Where a connection keeps the tables of its traces, chosen by the {@code store} property. */
public interface TraceStore {
  /** The schema that serves the tables of {@code trace}, to be added to {@code root} as {@code name}. */
  Schema schema(SchemaPlus root, String name, AnalyzedTrace trace) throws SQLException;

  /** What closing a connection must also release (nothing, or the DuckDB store's database). */
  AutoCloseable resources();

  /**
   * Cancels what the store's own database runs for {@code statement} of a connection when it is
   * canceled, or for every one of them ({@code statement} null) when the connection closes:
   * nothing for the memory store, whose scans see the cancel themselves.
   */
  default void cancelRunning(Statement statement) {}
}
