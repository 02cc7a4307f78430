/**
 * The entry points of the engine: {@link io.ttsql.engine.Ttsql} loads the logs of a {@link
 * io.ttsql.engine.TraceSpec} (schemas of files, connection properties) through the {@link
 * io.ttsql.engine.TraceLoader} and returns a Calcite connection whose schemas hold the ttsql
 * tables. The JDBC driver ({@code calcite} package) and the shell both come through here. Start
 * reading at {@code Ttsql.connect}, which reports how far loading has got to a {@link
 * io.ttsql.engine.LoadProgress}; a file is parsed, in parts on every core when it is large, by
 * {@code FileParser} into a {@code ParsedFile}; parsing lives in {@code parse}, columnar storage in {@code
 * store}, lifetime pairing and callsites in {@code analysis}, and the SQL tables in {@code calcite}.
 * A {@link io.ttsql.engine.TraceStore} decides where the tables of a connection live: ttsql's own
 * columns (the default), or DuckDB ({@code duckdb}, the {@code store=duckdb} property); {@code
 * export} writes them to a DuckDB file or Parquet files. {@link io.ttsql.engine.FileChecks} says
 * why a named file cannot be read, for logs, suppressions and the shell's scripts alike; {@link
 * io.ttsql.engine.LoadWarnings} what a person should hear about how the logs loaded (the
 * connection's warnings, which the shell prints), counted with {@link io.ttsql.engine.Counted}.
 * A log's bytes come from {@code LogSource}, decompressed by {@code Compression} (gzip members,
 * {@code GzipMembers}, and zstd frames, {@code ZstdFrames}), read up to the first failure, which
 * {@code StopAtErrorInputStream} keeps to report, and start after any {@link
 * io.ttsql.engine.ByteOrderMark}. Parallel work (parsing parts of a file, copying tables into
 * DuckDB) runs on a {@link io.ttsql.engine.DaemonPool}. {@link io.ttsql.engine.NearestName}
 * finds the name a mistyped one meant, for the {@code did you mean …?} of a URL setting here and
 * of the shell's options, commands, saved queries, tables and columns.
 */
package io.ttsql.engine;
