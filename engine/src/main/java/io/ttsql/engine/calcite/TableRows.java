package io.ttsql.engine.calcite;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/** The rows a {@link ColumnarLeaf} produces; its generated code calls {@link #rows} at run time. */
public interface TableRows {
  /** The rows, each an array of the leaf's columns. */
  Enumerable<Object[]> rows(DataContext root);
}
