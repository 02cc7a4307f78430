package io.ttsql.engine.duckdb;

import io.ttsql.engine.calcite.LogSchema;
import io.ttsql.engine.calcite.TableDoc;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.udf.StackSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.IgnoreCaseLookup;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;

/**
 * Calcite's view of one DuckDB schema that holds a trace's tables: a {@link JdbcSchema} (so whole
 * queries are pushed down in the DuckDB dialect) that also remembers the files the tables came from
 * and serves the stack functions from its {@code frames} table. It shows only ttsql's tables, not the
 * catalogue views DuckDB puts in every schema, so that both stores have the same tables.
 */
final class DuckDbSchema extends JdbcSchema implements LogSchema, StackSource {
  private final List<SourceInfo> sources;
  private final Map<String, TableDoc> tableDocs;
  private final DuckDbStacks stacks;
  private final Lookup<Table> ttsqlTables;
  private final JdbcConvention convention;

  private DuckDbSchema(DataSource dataSource, JdbcConvention convention, String schema, List<SourceInfo> sources,
      Map<String, TableDoc> tableDocs) {
    super(dataSource, DuckDbDialect.INSTANCE, convention, null, schema);
    this.convention = convention;
    this.sources = List.copyOf(sources);
    this.tableDocs = tableDocs;
    this.stacks = new DuckDbStacks(dataSource, schema);
    Lookup<Table> all = super.tables();
    this.ttsqlTables = new IgnoreCaseLookup<>() {
      @Override
      public Table get(String name) {
        return tableDocs.containsKey(name) ? all.get(name) : null;
      }

      @Override
      public Set<String> getNames(LikePattern pattern) {
        Set<String> names = new LinkedHashSet<>(all.getNames(pattern));
        names.retainAll(tableDocs.keySet());
        return names;
      }
    };
  }

  /**
   * The schema to add to {@code parent} as {@code name}, reading DuckDB schema {@code name}, which
   * holds the tables that {@code tableDocs} describes.
   *
   * @param convention the convention of the database's schemas added before, or null for the first
   *     one: schemas of one convention are one database to Calcite, which sends a join of two of
   *     them to DuckDB whole instead of reading both tables out and joining them itself
   */
  static DuckDbSchema create(SchemaPlus parent, String name, DataSource dataSource, JdbcConvention convention,
      List<SourceInfo> sources, Map<String, TableDoc> tableDocs) {
    JdbcConvention shared = convention != null ? convention
        : new DuckDbConvention(Schemas.subSchemaExpression(parent, name, JdbcSchema.class), name);
    return new DuckDbSchema(dataSource, shared, name, sources, tableDocs);
  }

  /** The convention of this schema's tables, which the database's other schemas share. */
  JdbcConvention convention() {
    return convention;
  }

  @Override
  public Lookup<Table> tables() {
    return ttsqlTables;
  }

  @Override
  public List<SourceInfo> sources() {
    return sources;
  }

  @Override
  public Map<String, TableDoc> tableDocs() {
    return tableDocs;
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
