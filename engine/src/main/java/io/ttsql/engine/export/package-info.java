/**
 * Export of the ttsql tables to DuckDB and Parquet, so that pandas, DuckDB, Spark or Trino read
 * them without ttsql. Start at {@link io.ttsql.engine.export.TraceExport}: it takes a connection
 * opened by {@code Ttsql.connect} and an {@link io.ttsql.engine.export.ExportTarget}, which decides
 * from the path whether a DuckDB file or a Parquet folder is written, refuses to overwrite or to
 * follow a symbolic link, and renames a staged result into place so that an interrupted export
 * leaves nothing at the target. The {@code duckdb} package's {@code DuckDbLoader} copies the
 * tables a vector of rows at a time, either into DuckDB tables created from the same {@code
 * Column} declarations as the SQL tables (a database file, {@code DuckDbExporter}) or through
 * DuckDB's {@code COPY … (FORMAT PARQUET)} (a Parquet folder, {@code ParquetExporter}, its files
 * named by {@code ExportFolders}). A database file also gets, in each of its schemas (and in
 * {@code main}, where it opens, those that read no table), the ttsql SQL functions as DuckDB macros
 * of the same names ({@code DuckDbFunctions}, whose SQL is the resource {@code
 * duckdb-functions.sql}); Parquet files hold only data.
 */
package io.ttsql.engine.export;
