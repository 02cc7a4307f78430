package io.ttsql.engine.duckdb;

import org.apache.calcite.sql.dialect.DuckDBSqlDialect;

/**
 * Calcite's DuckDB dialect without character sets, as DuckDB rejects the {@code CAST(… CHARACTER
 * SET …)} that Calcite otherwise writes for VARCHAR casts, and without window functions, which
 * Calcite then evaluates itself over the rows DuckDB returns: pushed down, they failed to plan
 * (CALCITE-7616) or were written into an aggregate's FILTER, which DuckDB rejects.
 */
final class DuckDbDialect extends DuckDBSqlDialect {
  static final DuckDbDialect INSTANCE = new DuckDbDialect();

  private DuckDbDialect() {
    super(DuckDBSqlDialect.DEFAULT_CONTEXT);
  }

  @Override
  public boolean supportsCharSet() {
    return false;
  }

  @Override
  public boolean supportsWindowFunctions() {
    return false;
  }
}
