package io.ttsql.engine.duckdb;

import io.ttsql.engine.calcite.LogSchema;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.udf.StackSource;
import java.util.List;
import javax.sql.DataSource;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;

/**
 * Calcite's view of one DuckDB schema that holds a trace's tables: a {@link JdbcSchema} (so whole
 * queries are pushed down in the DuckDB dialect) that also remembers the files the tables came from
 * and serves the stack functions from its {@code frames} table.
 */
final class DuckDbSchema extends JdbcSchema implements LogSchema, StackSource {
  private final List<SourceInfo> sources;
  private final DuckDbStacks stacks;

  private DuckDbSchema(DataSource dataSource, JdbcConvention convention, String schema, List<SourceInfo> sources) {
    super(dataSource, DuckDbDialect.INSTANCE, convention, null, schema);
    this.sources = List.copyOf(sources);
    this.stacks = new DuckDbStacks(dataSource, schema);
  }

  /** The schema to add to {@code parent} as {@code name}, reading DuckDB schema {@code name}. */
  static DuckDbSchema create(SchemaPlus parent, String name, DataSource dataSource, List<SourceInfo> sources) {
    JdbcConvention convention =
        JdbcConvention.of(DuckDbDialect.INSTANCE, Schemas.subSchemaExpression(parent, name, JdbcSchema.class), name);
    return new DuckDbSchema(dataSource, convention, name, sources);
  }

  @Override
  public List<SourceInfo> sources() {
    return sources;
  }

  @Override
  public int frameCount(long stackId) {
    return stacks.frameCount(stackId);
  }

  @Override
  public String function(long stackId, int depth) {
    return stacks.function(stackId, depth);
  }

  @Override
  public String module(long stackId, int depth) {
    return stacks.module(stackId, depth);
  }
}
