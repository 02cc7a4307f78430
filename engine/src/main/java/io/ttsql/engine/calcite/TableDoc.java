package io.ttsql.engine.calcite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ttsql table and each of its columns mean, as {@code ttsql_tables} and {@code
 * ttsql_columns} say it: kept apart from the table's data so that every store can tell JDBC
 * clients (their {@code REMARKS}) without keeping the trace.
 *
 * @param description what one row is
 * @param columns what each column means, by column name
 */
public record TableDoc(String description, Map<String, String> columns) {
  public TableDoc {
    columns = Map.copyOf(columns);
  }

  /** The documentation of {@code tables}, by table name, in their order. */
  public static Map<String, TableDoc> of(List<ColumnarTable<?>> tables) {
    Map<String, TableDoc> docs = new LinkedHashMap<>();
    for (ColumnarTable<?> table : tables) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (Column<?> column : table.columns()) {
        columns.put(column.name(), column.description());
      }
      docs.put(table.name(), new TableDoc(table.description(), columns));
    }
    return docs;
  }
}
