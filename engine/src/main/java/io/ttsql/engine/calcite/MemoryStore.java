package io.ttsql.engine.calcite;

import io.ttsql.engine.TraceStore;
import io.ttsql.engine.analysis.AnalyzedTrace;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;

/** The default store: ttsql's own columns in the JVM heap, scanned by Calcite. */
public final class MemoryStore implements TraceStore {
  @Override
  public Schema schema(SchemaPlus root, String name, AnalyzedTrace trace) {
    return new TtsqlSchema(trace);
  }

  @Override
  public AutoCloseable resources() {
    return () -> { };
  }
}
