package io.ttsql.engine.calcite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;

/**
 * Runs a GROUP BY of plain aggregates straight over a {@link ColumnarTable}'s columns (see {@link
 * ColumnarAggregate}): one pass over the rows the table's filter keeps, each group's values
 * accumulated without building a row per table row. Groups come out in order of
 * first appearance; with no group key there is exactly one row, even when no row is kept. Counts
 * and sums are kept as primitives, minimums and maximums as the values read.
 *
 * @param <D> the data the table reads from
 */
public final class ScanAggregation<D> implements TableRows {
  /** Rows between two checks of {@link StatementStop}: this loop is hot enough for one check per row to show. */
  private static final int STOP_CHECK_MASK = 63;

  /** What one aggregate computes. */
  enum Kind {
    COUNT_ROWS("COUNT"), COUNT("COUNT"), SUM("SUM"), SUM0("$SUM0"), MIN("MIN"), MAX("MAX");

    private final String sqlName;

    Kind(String sqlName) {
      this.sqlName = sqlName;
    }

    /** The function's name as Calcite prints it. */
    String sqlName() {
      return sqlName;
    }
  }

  /**
   * One aggregate of the SELECT list.
   *
   * @param kind what it computes
   * @param column the table column it reads, or -1 for {@code count(*)}
   */
  record Aggregate(Kind kind, int column) {}

  private final ColumnarTable<D> table;
  private final List<RexNode> filters;
  private final int[] groupColumns;
  private final Aggregate[] aggregates;

  /**
   * @param filters conditions that {@link RowFilter} takes whole
   * @param groupColumns the table columns of the group key, in order
   */
  ScanAggregation(ColumnarTable<D> table, List<RexNode> filters, int[] groupColumns, Aggregate[] aggregates) {
    this.table = table;
    this.filters = List.copyOf(filters);
    this.groupColumns = groupColumns.clone();
    this.aggregates = aggregates.clone();
  }

  /** Whether there is a group key (else the result is one row). */
  boolean grouped() {
    return groupColumns.length > 0;
  }

  /** The result rows: the group key's values, then each aggregate's. */
  @Override
  public Enumerable<Object[]> rows(DataContext root) {
    List<RexNode> left = new ArrayList<>(filters);
    RowFilter.Predicate<D> filter = RowFilter.take(left, table.columns(), new RexBuilder(root.getTypeFactory()));
    RowFilter.requireNone(left);
    StatementStop stop = StatementStop.of(root);
    Column.ValueReader<D>[] keys = readers(groupColumns);
    Column.ValueReader<D>[] arguments = readers(Arrays.stream(aggregates).mapToInt(Aggregate::column).toArray());
    D data = table.data();
    Map<Object, Accumulators> groups = new LinkedHashMap<>();
    if (keys.length == 0) {
      groups.put(null, new Accumulators(aggregates.length));
    }
    for (int row = 0, n = table.rowCount(); row < n; row++) {
      if ((row & STOP_CHECK_MASK) == 0) {
        stop.check();
      }
      if (filter != null && !filter.test(data, row)) {
        continue;
      }
      Object key = key(keys, data, row);
      Accumulators group = groups.get(key);
      if (group == null) {
        group = new Accumulators(aggregates.length);
        groups.put(key, group);
      }
      group.add(arguments, data, row);
    }
    List<Object[]> result = new ArrayList<>(groups.size());
    groups.forEach((key, accumulators) -> result.add(accumulators.row(key, keys.length)));
    return Linq4j.asEnumerable(result);
  }

  @SuppressWarnings("unchecked")
  private Column.ValueReader<D>[] readers(int[] columns) {
    Column.ValueReader<D>[] readers = new Column.ValueReader[columns.length];
    for (int i = 0; i < columns.length; i++) {
      readers[i] = columns[i] < 0 ? null : table.columns().get(columns[i]).reader();
    }
    return readers;
  }

  /**
   * A group's key: its one value itself (NULL included, which a hash map keys like any other), or
   * its values together; null when there is no key.
   */
  private static <D> Object key(Column.ValueReader<D>[] keys, D data, int row) {
    if (keys.length < 2) {
      return keys.length == 0 ? null : keys[0].read(data, row);
    }
    Object[] values = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = keys[i].read(data, row);
    }
    return new Values(values);
  }

  /** The values of a key of several columns, compared and hashed together. */
  private record Values(Object[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Values other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /** The running values of every aggregate of one group. */
  private final class Accumulators {
    private final long[] counts;
    private final long[] sums;
    private final Object[] extremes;

    Accumulators(int n) {
      counts = new long[n];
      sums = new long[n];
      extremes = new Object[n];
    }

    void add(Column.ValueReader<D>[] arguments, D data, int row) {
      for (int i = 0; i < aggregates.length; i++) {
        Kind kind = aggregates[i].kind();
        if (kind == Kind.COUNT_ROWS) {
          counts[i]++;
          continue;
        }
        Object value = arguments[i].read(data, row);
        if (value == null) {
          continue;
        }
        counts[i]++;
        switch (kind) {
          case SUM, SUM0 -> sums[i] += ((Number) value).longValue();
          case MIN -> extremes[i] = extremes[i] == null || compare(value, extremes[i]) < 0 ? value : extremes[i];
          case MAX -> extremes[i] = extremes[i] == null || compare(value, extremes[i]) > 0 ? value : extremes[i];
          default -> { }
        }
      }
    }

    Object[] row(Object key, int keyCount) {
      Object[] row = new Object[keyCount + aggregates.length];
      if (keyCount == 1) {
        row[0] = key;
      } else if (keyCount > 1) {
        System.arraycopy(((Values) key).values(), 0, row, 0, keyCount);
      }
      for (int i = 0; i < aggregates.length; i++) {
        Aggregate a = aggregates[i];
        row[keyCount + i] = switch (a.kind()) {
          case COUNT_ROWS, COUNT -> counts[i];
          case SUM -> counts[i] == 0 ? null : sums[i];
          case SUM0 -> sums[i];
          case MIN, MAX -> extremes[i];
        };
      }
      return row;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }
}
