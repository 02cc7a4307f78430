package io.ttsql.engine.calcite;

import static io.ttsql.engine.calcite.Column.bool;
import static io.ttsql.engine.calcite.Column.integer;
import static io.ttsql.engine.calcite.Column.varchar;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-describing tables {@code ttsql_tables} and {@code ttsql_columns}, generated from the
 * column declarations so that documentation cannot drift from the schema.
 */
final class DocTables {
  /** One documented column of one table. */
  private record ColumnDoc(String table, int ordinal, Column<?> column) {}

  private static final List<Column<List<ColumnarTable<?>>>> TABLE_COLUMNS =
      List.of(
          varchar("table_name", false, "name of the table", (ts, r) -> ts.get(r).name()),
          varchar("description", false, "what one row is", (ts, r) -> ts.get(r).description()));

  private static final List<Column<List<ColumnDoc>>> COLUMN_COLUMNS =
      List.of(
          varchar("table_name", false, "name of the table", (cs, r) -> cs.get(r).table()),
          varchar("column_name", false, "name of the column", (cs, r) -> cs.get(r).column().name()),
          integer("ordinal_position", false, "1-based position in the table", (cs, r) -> cs.get(r).ordinal()),
          varchar("data_type", false, "SQL type", (cs, r) -> cs.get(r).column().type().getName()),
          bool("nullable", false, "whether the column may be NULL", (cs, r) -> cs.get(r).column().nullable()),
          varchar("description", false, "what the column means", (cs, r) -> cs.get(r).column().description()));

  private DocTables() {}

  /** {@code ttsql_tables} and {@code ttsql_columns} describing {@code tables} and themselves. */
  static List<ColumnarTable<?>> describing(List<ColumnarTable<?>> tables) {
    List<ColumnarTable<?>> all = new ArrayList<>(tables);
    ColumnarTable<List<ColumnarTable<?>>> tableDoc =
        new ColumnarTable<>("ttsql_tables", "one row per ttsql table", TABLE_COLUMNS, all, List::size);
    List<ColumnDoc> columns = new ArrayList<>();
    ColumnarTable<List<ColumnDoc>> columnDoc =
        new ColumnarTable<>("ttsql_columns", "one row per column of each ttsql table", COLUMN_COLUMNS, columns, List::size);
    all.add(tableDoc);
    all.add(columnDoc);
    for (ColumnarTable<?> t : all) {
      for (int i = 0; i < t.columns().size(); i++) {
        columns.add(new ColumnDoc(t.name(), i + 1, t.columns().get(i)));
      }
    }
    return List.of(tableDoc, columnDoc);
  }
}
