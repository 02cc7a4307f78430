package io.ttsql.engine.calcite;

import org.apache.calcite.linq4j.Enumerator;

/**
 * Walks rows {@code 0..n-1} of a {@link ColumnarTable}, building the projected values of each row
 * the filter keeps; stops the statement when it is canceled or past its timeout ({@link StatementStop}).
 */
final class RowEnumerator<D> implements Enumerator<Object[]> {
  private final D data;
  private final int rowCount;
  private final RowFilter.Predicate<D> filter;
  private final Column.ValueReader<D>[] readers;
  private final StatementStop stop;
  private int row = -1;
  private Object[] current;

  /**
   * @param filter the rows to keep, or null for all
   */
  RowEnumerator(D data, int rowCount, RowFilter.Predicate<D> filter, Column.ValueReader<D>[] readers,
      StatementStop stop) {
    this.data = data;
    this.rowCount = rowCount;
    this.filter = filter;
    this.readers = readers;
    this.stop = stop;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    do {
      if (++row >= rowCount) {
        current = null;
        return false;
      }
      stop.check();
    } while (filter != null && !filter.test(data, row));
    Object[] values = new Object[readers.length];
    for (int i = 0; i < readers.length; i++) {
      values[i] = readers[i].read(data, row);
    }
    current = values;
    return true;
  }

  @Override
  public void reset() {
    row = -1;
  }

  @Override
  public void close() {}
}
