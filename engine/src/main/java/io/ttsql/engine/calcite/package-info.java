/**
 * The Calcite side: {@link io.ttsql.engine.calcite.TtsqlSchema} exposes one trace as tables,
 * each a {@link io.ttsql.engine.calcite.ColumnarTable} built from {@link
 * io.ttsql.engine.calcite.Column} declarations (name, type, meaning, reader) grouped by subject in
 * {@code EventTables}, {@code LifetimeTables} and {@code LoadTables}; the same declarations
 * generate the self-describing {@code ttsql_tables} and {@code ttsql_columns}. {@link
 * io.ttsql.engine.calcite.MemoryStore} is the default store that serves them; any schema of loaded
 * logs, whatever its store, is a {@link io.ttsql.engine.calcite.LogSchema}. {@link
 * io.ttsql.engine.calcite.TtsqlDriver} is the {@code jdbc:ttsql:} JDBC driver.
 */
package io.ttsql.engine.calcite;
