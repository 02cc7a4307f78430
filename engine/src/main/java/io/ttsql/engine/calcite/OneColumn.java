package io.ttsql.engine.calcite;

import org.apache.calcite.linq4j.Enumerable;

/**
 * Rows of one column as their values: the shape Calcite's generated code gives and expects for a
 * one-column row, where ttsql's {@link ColumnarLeaf} nodes make arrays.
 */
public final class OneColumn {
  private OneColumn() {}

  /** The first value of each row. */
  public static Enumerable<Object> values(Enumerable<Object[]> rows) {
    return rows.select(row -> row[0]);
  }
}
