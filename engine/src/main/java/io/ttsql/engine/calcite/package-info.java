/**
 * The Calcite side: {@link io.ttsql.engine.calcite.TtsqlSchema} exposes one trace as tables, each a
 * {@link io.ttsql.engine.calcite.ColumnarTable} built from {@link io.ttsql.engine.calcite.Column}
 * declarations (name, type, meaning, reader) grouped by subject in {@code EventTables}, {@code
 * LifetimeTables}, {@code SummaryTables} and {@code LoadTables}; the same declarations generate the
 * self-describing {@code ttsql_tables} and {@code ttsql_columns} ({@code DocTables}). {@link
 * io.ttsql.engine.calcite.MemoryStore} is the default store that serves them; any schema of loaded
 * logs, whatever its store, is a {@link io.ttsql.engine.calcite.LogSchema}. {@link
 * io.ttsql.engine.calcite.TtsqlDriver} is the {@code jdbc:ttsql:} JDBC driver; connections are made
 * by {@link io.ttsql.engine.calcite.CalciteEngine} (Calcite's driver, naming ttsql in metadata and
 * describing its tables and columns there with each {@link io.ttsql.engine.calcite.TableDoc}, with
 * {@link io.ttsql.engine.calcite.TtsqlTypeSystem}) and handed out as a {@link
 * io.ttsql.engine.calcite.TtsqlConnection} (read-only, load warnings; its statements run as {@code
 * StatementRuns} says, known failures in SQL's words, {@code KnownFailures}, closing it cancels
 * them, {@code OpenStatements}, and a whole-number parameter takes a long or text, {@code
 * ParameterValues}). Before planning, a statement that would write ({@code ReadOnlySql}) or text
 * that is no single statement is refused with a {@code StatementRefusal}; any other loses a final
 * {@code ;} and has its hex numbers written in decimal ({@code HexLiterals}), and once parsed has
 * its LIMIT and OFFSET numbers checked against an int's range ({@code LimitLiterals}); its
 * arithmetic fails on overflow ({@code CheckedArithmetic}). {@link
 * io.ttsql.engine.calcite.SqlLexer} finds the literals, quoted names and comments of SQL text, for
 * the saved queries' placeholders and the shell's statement splitting and highlighting. Scans
 * evaluate only the projected columns and the conditions they can ({@code RowFilter}); {@link
 * io.ttsql.engine.calcite.TtsqlPrepare} adds planner rules: {@code count(*)} of a table from its
 * row count ({@code CountRowsRule}), GROUP BY of plain aggregates as one pass over a table's
 * columns ({@code AggregateScanRule}, {@code ColumnarAggregate}, run by {@code ScanAggregation}),
 * scans as generated code that calls the table ({@code ScanRule}, {@code ColumnarScan}) rather than
 * through Calcite's interpreter, and ORDER BY with LIMIT as one bounded sort; a result's rows fail
 * with SQLExceptions ({@code SqlFailingRows}); every plan it runs gets {@code CancelPoint}s ({@code
 * CancelPoints}) where Calcite's joins and recursive unions could work long, and over each part
 * DuckDB runs (checked before it starts there), so that {@code Statement.cancel()} and query
 * timeouts stop any statement at once ({@link io.ttsql.engine.calcite.StatementStop}), and its
 * interpreters that read no column their {@code NoColumnRows} (both {@code RowsWrapper}s); it plans
 * with Calcite's metadata handlers as compiled when ttsql was built ({@code BuiltMetadataHandlers},
 * written by the build step {@link io.ttsql.engine.calcite.MetadataHandlerClasses}), not compiled
 * anew at every start.
 */
package io.ttsql.engine.calcite;
