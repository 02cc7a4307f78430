package io.ttsql.engine.duckdb;

import io.ttsql.engine.DaemonPool;
import io.ttsql.engine.calcite.Column;
import io.ttsql.engine.calcite.ColumnarTable;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.calcite.sql.type.SqlTypeName;
import org.duckdb.DuckDBConnection;

/**
 * Copies ttsql tables into DuckDB, several tables at once, through {@link TableRowsFunction}:
 * into DuckDB tables created from their {@link Column} declarations (same names, types and
 * nullability; descriptions as comments), or through DuckDB into Parquet files.
 */
public final class DuckDbLoader {
  private DuckDbLoader() {}

  /** Creates {@code schema} in {@code duck} unless it exists. */
  public static void createSchema(DuckDBConnection duck, String schema) throws SQLException {
    DuckDb.execute(duck, "CREATE SCHEMA IF NOT EXISTS " + DuckDb.identifier(schema));
  }

  /** How DuckDB keeps the rows of the tables it is given. */
  public enum Storage {
    /**
     * Compressed as they arrive, for tables an in-memory database keeps: a tenth of the memory,
     * at about a tenth more time.
     */
    COMPRESSED_AS_LOADED,
    /** As DuckDB stores them: a database file compresses them itself. */
    AS_INSERTED
  }

  /** Work on one table, on a connection of its own, telling {@code rowsCopied} of each vector of rows copied. */
  @FunctionalInterface
  private interface TableWork {
    void accept(DuckDBConnection duck, ColumnarTable<?> table, LongConsumer rowsCopied) throws SQLException;
  }

  /**
   * Creates and fills every table of {@code tables} in {@code schema} (which must exist), as many at
   * once as there are cores, telling {@code progress} how far the copy has got.
   */
  public static void loadAll(DuckDBConnection duck, String schema, List<ColumnarTable<?>> tables, Storage storage,
      CopyProgress progress) throws SQLException {
    forEachTable(duck, tables, progress, (connection, table, rowsCopied) -> load(connection, schema, table, storage, rowsCopied));
  }

  /**
   * Writes every table of {@code tables} to the Parquet file {@code fileOf} names, as many at once as
   * there are cores, straight from the tables: DuckDB holds none of them. {@code progress} is told
   * how far the copy has got.
   */
  public static void writeParquet(DuckDBConnection duck, List<ColumnarTable<?>> tables,
      Function<ColumnarTable<?>, Path> fileOf, CopyProgress progress) throws SQLException {
    forEachTable(duck, tables, progress,
        (connection, table, rowsCopied) -> TableRowsFunction.copyToParquet(connection, table, fileOf.apply(table), rowsCopied));
  }

  /**
   * Runs {@code work} on every table of {@code tables} in the order given, as many at once as there
   * are cores, each on a connection of its own to the database of {@code duck} (copying one table
   * keeps one core busy).
   */
  private static void forEachTable(DuckDBConnection duck, List<ColumnarTable<?>> tables, CopyProgress progress,
      TableWork work) throws SQLException {
    AtomicLong copied = new AtomicLong();
    AtomicLong total = new AtomicLong(); // 0 until every table's rows are counted
    LongConsumer rowsCopied = rows -> {
      long done = copied.addAndGet(rows);
      long all = total.get();
      if (all > 0) {
        progress.update(done, all);
      }
    };
    int threads = Math.min(tables.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = DaemonPool.of("ttsql-duckdb-load", threads);
    Queue<ColumnarTable<?>> next = new ConcurrentLinkedQueue<>(tables);
    List<DuckDBConnection> connections = new ArrayList<>();
    try {
      TableRowsFunction.registerIn(duck);
      for (int i = 0; i < threads; i++) {
        connections.add(DuckDb.duplicate(duck)); // here, not in the workers: duck runs one statement at a time
      }
      List<Future<Void>> workers = new ArrayList<>();
      for (DuckDBConnection connection : connections) {
        workers.add(pool.submit(() -> {
          for (ColumnarTable<?> table; (table = next.poll()) != null; ) {
            work.accept(connection, table, rowsCopied);
          }
          return null;
        }));
      }
      total.set(rowsOf(tables));
      awaitAll(workers, next);
      if (total.get() > 0) {
        progress.update(copied.get(), total.get()); // the whole copy, also when it ended before the count
      }
    } finally {
      next.clear();
      pool.shutdown();
      for (DuckDBConnection connection : connections) {
        connection.close();
      }
    }
  }

  /**
   * The rows of all {@code tables}, counted while the workers copy: counting derives the derived
   * tables (pairing, the bytes-held sweep), which the workers would otherwise do one by one as they
   * come to them. 0 when a derivation fails, which the worker copying that table reports.
   */
  private static long rowsOf(List<ColumnarTable<?>> tables) {
    try {
      return tables.stream().mapToLong(ColumnarTable::rowCount).sum();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Waits for every worker, the others finishing their current table after one fails, and throws the first failure. */
  private static void awaitAll(List<Future<Void>> workers, Queue<ColumnarTable<?>> next) throws SQLException {
    SQLException first = null;
    for (Future<Void> worker : workers) {
      try {
        await(worker);
      } catch (SQLException e) {
        next.clear();
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void await(Future<Void> worker) throws SQLException {
    try {
      worker.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while copying tables into DuckDB", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw new SQLException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /** Creates {@code table} in {@code schema} (which must exist) and appends all its rows. */
  private static void load(DuckDBConnection duck, String schema, ColumnarTable<?> table, Storage storage,
      LongConsumer rowsCopied) throws SQLException {
    DuckDb.execute(duck, createTable(schema, table));
    comment(duck, schema, table);
    TableRowsFunction.insert(duck, schema, table, storage == Storage.COMPRESSED_AS_LOADED, rowsCopied);
  }

  /** The DuckDB type of a ttsql column type. */
  static String duckDbType(SqlTypeName type) {
    return switch (type) {
      case BIGINT, INTEGER, BOOLEAN, VARCHAR, TIME -> type.getName();
      default -> throw new IllegalArgumentException("ttsql columns have no type " + type);
    };
  }

  /** The CREATE TABLE statement of {@code table} in {@code schema}. */
  static String createTable(String schema, ColumnarTable<?> table) {
    List<String> columns = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      columns.add(DuckDb.identifier(c.name()) + ' ' + duckDbType(c.type()) + (c.nullable() ? "" : " NOT NULL"));
    }
    return "CREATE TABLE " + DuckDb.qualified(schema, table.name()) + " (" + String.join(", ", columns) + ")";
  }

  private static void comment(DuckDBConnection duck, String schema, ColumnarTable<?> table) throws SQLException {
    String qualified = DuckDb.qualified(schema, table.name());
    DuckDb.execute(duck, "COMMENT ON TABLE " + qualified + " IS " + DuckDb.literal(table.description()));
    for (Column<?> c : table.columns()) {
      DuckDb.execute(duck, "COMMENT ON COLUMN " + qualified + '.' + DuckDb.identifier(c.name())
          + " IS " + DuckDb.literal(c.description()));
    }
  }
}
