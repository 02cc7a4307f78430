package io.ttsql.engine.calcite;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A read-only Calcite table over columnar data: rows are numbered {@code 0..n-1} and each
 * declared {@link Column} reads its value for a row. Scans evaluate what they can of the WHERE
 * clause first (see {@link RowFilter}), then build only the projected columns of the rows kept.
 * A {@link #derived} table's rows come from a pass over the trace that the first query naming it
 * starts in the background, so that the pass runs while Calcite plans the query.
 *
 * @param <D> the data the columns read from
 */
public final class ColumnarTable<D> extends AbstractTable implements ProjectableFilterableTable {
  private final String name;
  private final String description;
  private final List<Column<D>> columns;
  private final D data;
  private final ToIntFunction<D> rowCount;
  private final AtomicBoolean derivedStarted;

  /**
   * @param name the table's name in the schema
   * @param description what one row is, in one line
   * @param columns the columns, in order
   * @param data what the columns read
   * @param rowCount how many rows {@code data} holds (evaluated at scan time, so derived data stays lazy)
   */
  public ColumnarTable(String name, String description, List<Column<D>> columns, D data, ToIntFunction<D> rowCount) {
    this(name, description, columns, data, rowCount, false);
  }

  private ColumnarTable(String name, String description, List<Column<D>> columns, D data, ToIntFunction<D> rowCount,
      boolean derived) {
    this.name = name;
    this.description = description;
    this.columns = List.copyOf(columns);
    this.data = data;
    this.rowCount = rowCount;
    this.derivedStarted = derived ? new AtomicBoolean() : null;
  }

  /**
   * A table whose rows one pass over the trace derives on one thread (pairing, the bytes-held
   * sweep), which {@code rowCount} forces: the first query naming the table starts it on a
   * background thread as soon as Calcite resolves the name, and the scan then finds it done or
   * waits for it. A failure there is left for the scan, which computes again and reports it.
   */
  public static <D> ColumnarTable<D> derived(String name, String description, List<Column<D>> columns, D data,
      ToIntFunction<D> rowCount) {
    return new ColumnarTable<>(name, description, columns, data, rowCount, true);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<Column<D>> columns() {
    return columns;
  }

  /** What the columns read. */
  D data() {
    return data;
  }

  /** How many rows the table holds. */
  public int rowCount() {
    return rowCount.applyAsInt(data);
  }

  /** The value of {@code columns().get(column)} at {@code row}, boxed as {@link Column} describes. */
  public Object value(int row, int column) {
    return columns.get(column).reader().read(data, row);
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    startDerivingRows();
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (Column<D> c : columns) {
      builder.add(c.name(), typeFactory.createTypeWithNullability(sqlType(typeFactory, c.type()), c.nullable()));
    }
    return builder.build();
  }

  /** Starts deriving the rows of a {@link #derived} table on a daemon thread, once (Calcite asks a named table for its row type first). */
  private void startDerivingRows() {
    if (derivedStarted != null && derivedStarted.compareAndSet(false, true)) {
      Thread thread = new Thread(() -> {
        try {
          rowCount.applyAsInt(data);
        } catch (RuntimeException | OutOfMemoryError e) {
          // not reported from here: the scan computes it again and fails with the query
        }
      }, "ttsql-derive-" + name);
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** The SQL type of a column; TIME with precision 0, as the debug log's HH:MM:SS has no fractions. */
  private static RelDataType sqlType(RelDataTypeFactory typeFactory, SqlTypeName type) {
    return type == SqlTypeName.TIME ? typeFactory.createSqlType(type, 0) : typeFactory.createSqlType(type);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    StatementStop stop = StatementStop.of(root);
    RowFilter.Predicate<D> filter = RowFilter.take(filters, columns, new RexBuilder(root.getTypeFactory()));
    int[] selected = projects != null ? projects : allColumns();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Column.ValueReader<D>[] readers = new Column.ValueReader[selected.length];
    for (int i = 0; i < selected.length; i++) {
      readers[i] = columns.get(selected[i]).reader();
    }
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return new RowEnumerator<>(data, rowCount.applyAsInt(data), filter, readers, stop);
      }
    };
  }

  private int[] allColumns() {
    int[] all = new int[columns.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }
}
