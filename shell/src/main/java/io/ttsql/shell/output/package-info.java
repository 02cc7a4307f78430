/**
 * Writing query results: one {@link io.ttsql.shell.output.OutputFormat} per format (table, csv,
 * tsv, json, jsonl, markdown, line), found by name in {@link io.ttsql.shell.output.OutputFormats},
 * laid out as {@link io.ttsql.shell.output.OutputOptions} say. Formats meant for people fit tables
 * to a width (the terminal's, or the one {@code .maxwidth} sets), show NULL as the chosen text and
 * addresses in hex, and stop at a row limit, with control characters made visible by {@link
 * io.ttsql.shell.output.VisibleText} (which the error messages use too); the machine formats write
 * every row exactly as SQL returns it. {@link io.ttsql.shell.output.ColumnKind} (how a column is
 * shown) serves the report too.
 */
package io.ttsql.shell.output;
