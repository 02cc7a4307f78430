package io.ttsql.engine.duckdb;

import io.ttsql.engine.calcite.Column;
import io.ttsql.engine.calcite.ColumnarTable;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.calcite.sql.type.SqlTypeName;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The DuckDB table function {@code ttsql_rows(key, from, to)} that gives rows {@code from} to
 * {@code to} (exclusive) of a ttsql table, a vector of up to 2,048 rows at a time, in table order:
 * {@link #insert} copies a table into a DuckDB table through it, {@link #copyToParquet} into a
 * Parquet file. DuckDB's Appender takes one value per call, and one native call per string;
 * filling DuckDB's vectors directly copies a table two to three times faster. DuckDB's vectors
 * have no TIME setter, so a TIME column comes as its milliseconds and the SELECT over the function
 * converts it.
 */
final class TableRowsFunction implements DuckDBTableFunction<TableRowsFunction.Rows, AtomicInteger, Object> {
  private static final String NAME = "ttsql_rows";
  /** The tables being copied, by key: a function registered in a database cannot be given objects. */
  private static final Map<Long, Copy> COPYING = new ConcurrentHashMap<>();
  private static final AtomicLong KEYS = new AtomicLong();
  /** Rows per INSERT: between two, an in-memory database may be compressed. */
  private static final int ROWS_PER_INSERT = 1 << 20;

  /** A table being copied, and who is told of each vector of its rows copied. */
  private record Copy(ColumnarTable<?> table, LongConsumer rowsCopied) {}

  /** Rows {@code from} to {@code to} (exclusive) of a table being copied. */
  record Rows(Copy copy, int from, int to) {}

  /** Registers the function in the database of {@code duck} unless it is there. */
  static void registerIn(DuckDBConnection duck) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT count(*) FROM duckdb_functions() WHERE function_name = " + DuckDb.literal(NAME))) {
      rows.next();
      if (rows.getLong(1) > 0) {
        return;
      }
    }
    DuckDBFunctions.tableFunction().withName(NAME).withParameters(Long.class, Integer.class, Integer.class)
        .withFunction(new TableRowsFunction())
        .register(duck);
  }

  /**
   * Appends every row of {@code table} to the DuckDB table of the same name and columns in {@code
   * schema}, a million rows a statement.
   *
   * @param rowsCopied told the number of rows of each vector copied
   * @param compress whether to checkpoint the current database after each statement, which is what
   *     compresses the rows of an in-memory database: inserted rows stay as they came until then
   *     (the Appender's frequent small commits triggered DuckDB's own checkpoints; a large INSERT
   *     does not). {@code FORCE CHECKPOINT} waits for the other tables' running inserts.
   */
  static void insert(DuckDBConnection duck, String schema, ColumnarTable<?> table, boolean compress,
      LongConsumer rowsCopied) throws SQLException {
    insert(duck, schema, table, compress, rowsCopied, ROWS_PER_INSERT);
  }

  /** {@link #insert(DuckDBConnection, String, ColumnarTable, boolean, LongConsumer)} with {@code rowsPerInsert} rows a statement. */
  static void insert(DuckDBConnection duck, String schema, ColumnarTable<?> table, boolean compress,
      LongConsumer rowsCopied, int rowsPerInsert) throws SQLException {
    long key = open(table, rowsCopied);
    try {
      String insert = "INSERT INTO " + DuckDb.qualified(schema, table.name()) + " ";
      for (int from = 0; from < table.rowCount(); from += rowsPerInsert) {
        DuckDb.execute(duck, insert + select(table, key, from, Math.min(table.rowCount(), from + rowsPerInsert)));
        if (compress) {
          DuckDb.execute(duck, "FORCE CHECKPOINT");
        }
      }
    } finally {
      COPYING.remove(key);
    }
  }

  /**
   * Writes every row of {@code table} to the Parquet file {@code file}, straight from the table, held
   * nowhere in DuckDB; {@code rowsCopied} is told the number of rows of each vector written.
   */
  static void copyToParquet(DuckDBConnection duck, ColumnarTable<?> table, Path file, LongConsumer rowsCopied)
      throws SQLException {
    long key = open(table, rowsCopied);
    try {
      DuckDb.execute(duck, "COPY (" + select(table, key, 0, table.rowCount()) + ") TO "
          + DuckDb.literal(file.toString()) + " (FORMAT PARQUET)");
    } finally {
      COPYING.remove(key);
    }
  }

  /** Makes {@code table} the function's under a new key, which the caller removes when done. */
  private static long open(ColumnarTable<?> table, LongConsumer rowsCopied) {
    long key = KEYS.incrementAndGet();
    COPYING.put(key, new Copy(table, rowsCopied));
    return key;
  }

  /** The SELECT of rows {@code from} to {@code to} of the table under {@code key}, in its columns' names and types. */
  private static String select(ColumnarTable<?> table, long key, int from, int to) {
    List<String> values = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      String name = DuckDb.identifier(c.name());
      values.add(c.type() == SqlTypeName.TIME ? "TIME '00:00:00' + to_milliseconds(" + name + ") AS " + name : name);
    }
    return "SELECT " + String.join(", ", values) + " FROM " + NAME + "(" + key + ", " + from + ", " + to + ")";
  }

  @Override
  public Rows bind(DuckDBTableFunctionBindInfo info) {
    long key = info.getParameter(0).getLong();
    Copy copy = COPYING.get(key);
    if (copy == null) {
      throw new IllegalArgumentException(NAME + " gives only the rows of a table ttsql is copying into DuckDB");
    }
    for (Column<?> c : copy.table().columns()) {
      info.addResultColumn(c.name(), vectorType(c.type()));
    }
    return new Rows(copy, info.getParameter(1).getInt(), info.getParameter(2).getInt());
  }

  /** The type of a column's vector: a TIME comes as its milliseconds. */
  private static DuckDBColumnType vectorType(SqlTypeName type) {
    return switch (type) {
      case BIGINT, TIME -> DuckDBColumnType.BIGINT;
      case INTEGER -> DuckDBColumnType.INTEGER;
      case BOOLEAN -> DuckDBColumnType.BOOLEAN;
      case VARCHAR -> DuckDBColumnType.VARCHAR;
      default -> throw new IllegalArgumentException("ttsql columns have no type " + type);
    };
  }

  /** The next row to give; one thread only, so that the rows keep the table's order. */
  @Override
  public AtomicInteger init(DuckDBTableFunctionInitInfo info) {
    info.setMaxThreads(1);
    return new AtomicInteger(((Rows) info.getBindData()).from());
  }

  @Override
  public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
    Rows rows = info.getBindData();
    ColumnarTable<?> table = rows.copy().table();
    AtomicInteger next = info.getInitData();
    int from = next.get();
    int to = (int) Math.min(rows.to(), from + out.capacity());
    List<? extends Column<?>> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      fill(out.vector(c), columns.get(c).type(), table, c, from, to);
    }
    next.set(to);
    rows.copy().rowsCopied().accept(to - from);
    return to - from;
  }

  /** Sets rows {@code from} to {@code to} of {@code column} into {@code vector}, from its position 0. */
  private static void fill(DuckDBWritableVector vector, SqlTypeName type, ColumnarTable<?> table, int column, int from,
      int to) {
    if (type == SqlTypeName.VARCHAR) {
      String[] strings = new String[to - from];
      for (int row = from; row < to; row++) {
        Object value = table.value(row, column);
        strings[row - from] = value == null ? null : value.toString();
      }
      vector.setStrings(0, strings);
      return;
    }
    for (int row = from; row < to; row++) {
      Object value = table.value(row, column);
      long at = row - from;
      if (value == null) {
        vector.setNull(at);
        continue;
      }
      switch (type) {
        case BIGINT, TIME -> vector.setLong(at, ((Number) value).longValue());
        case INTEGER -> vector.setInt(at, ((Number) value).intValue());
        case BOOLEAN -> vector.setBoolean(at, (Boolean) value);
        default -> throw new IllegalArgumentException("ttsql columns have no type " + type);
      }
    }
  }
}
