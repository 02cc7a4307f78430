/**
 * DuckDB, for export and as a store. {@link io.ttsql.engine.duckdb.DuckDb} opens databases and
 * quotes names; {@link io.ttsql.engine.duckdb.DuckDbLoader} creates a DuckDB table from a ttsql
 * table's {@code Column} declarations and fills it, or has DuckDB write it to Parquet, through the
 * table function {@link io.ttsql.engine.duckdb.TableRowsFunction}, a vector of rows at a time; both
 * the {@code export} package and the store use it, and tell a {@link
 * io.ttsql.engine.duckdb.CopyProgress} how many rows are copied. {@link
 * io.ttsql.engine.duckdb.DuckDbStore} is the {@code store=duckdb} store: it loads each trace into
 * an in-memory database and hands Calcite a {@code DuckDbSchema}, a {@code JdbcSchema} (with a
 * DuckDB dialect that writes no character sets and leaves window functions to Calcite, {@code
 * DuckDbDialect}, over a data source of duplicated connections, {@code DuplicatingDataSource}), so
 * that filters, aggregates and joins run inside DuckDB; {@code DuckDbStacks} answers the stack
 * functions from its frames table. Nothing here is touched unless an export or the DuckDB store
 * asks, because the first DuckDB connection unpacks a 72 MB native library.
 */
package io.ttsql.engine.duckdb;
