package io.ttsql.engine.calcite;

import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.runtime.FlatLists;

/**
 * Rows of ttsql's {@link ColumnarLeaf} nodes, which are arrays, in the shape Calcite's generated
 * code gives and expects for rows of one column (the value) and of none (an empty list).
 */
public final class RowShapes {
  private RowShapes() {}

  /** The first value of each row. */
  public static Enumerable<Object> values(Enumerable<Object[]> rows) {
    return rows.select(row -> row[0]);
  }

  /** An empty list for each row, as the rows of a scan that reads no column ({@code count(*)} of a subquery). */
  public static Enumerable<Object> emptyLists(Enumerable<Object[]> rows) {
    return rows.select(row -> FlatLists.COMPARABLE_EMPTY_LIST);
  }
}
