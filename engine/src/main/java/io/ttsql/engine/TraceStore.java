package io.ttsql.engine;

import io.ttsql.engine.analysis.AnalyzedTrace;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;

/** Where a connection keeps the tables of its traces, chosen by the {@code store} property. */
public interface TraceStore {
  /** The schema that serves the tables of {@code trace}, to be added to {@code root} as {@code name}. */
  Schema schema(SchemaPlus root, String name, AnalyzedTrace trace) throws SQLException;

  /** {@code calcite} as handed to the caller: closing it also releases what the store holds. */
  Connection connection(Connection calcite);
}
