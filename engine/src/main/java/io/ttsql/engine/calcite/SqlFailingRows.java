package io.ttsql.engine.calcite;

import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of a statement's result, which fail as JDBC's {@code ResultSet.next()} and getters
 * declare, with an {@link java.sql.SQLException} ({@link StatementRuns#asSqlException(Throwable)}):
 * Calcite's rows fail with whatever the plan's code threw ({@code select size / 0 from events}
 * with an ArithmeticException, a cancel with a CancellationException), and Avatica's result set
 * passes that on unchecked, which DB-API layers such as JPype's do not turn into a database error.
 */
final class SqlFailingRows<T> extends AbstractEnumerable<T> {
  private final Enumerable<T> rows;

  SqlFailingRows(Enumerable<T> rows) {
    this.rows = rows;
  }

  @Override
  public Enumerator<T> enumerator() {
    Enumerator<T> enumerator = rows.enumerator();
    return new Enumerator<>() {
      @Override
      public T current() {
        try {
          return enumerator.current();
        } catch (RuntimeException e) {
          throw SqlFailingRows.<RuntimeException>raise(e);
        }
      }

      @Override
      public boolean moveNext() {
        try {
          return enumerator.moveNext();
        } catch (RuntimeException e) {
          throw SqlFailingRows.<RuntimeException>raise(e);
        }
      }

      @Override
      public void reset() {
        enumerator.reset();
      }

      @Override
      public void close() {
        enumerator.close();
      }
    };
  }

  /**
   * Throws {@code failure} as its SQLException, past the Enumerator methods, which declare none:
   * Avatica's result set calls them from methods that declare it, and catches nothing between.
   */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E raise(RuntimeException failure) throws E {
    throw (E) StatementRuns.asSqlException(failure);
  }
}
